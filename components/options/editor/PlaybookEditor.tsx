/**
 * The playbook editor: forms (one section per part of the playbook) and a JSON view over the same
 * draft, validated by the zod schema on every change with each issue shown at its control, a
 * live preview of the sidebar cards, an unsaved-changes guard, Save and Undo last save.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, tn } from '../../../lib/i18n';
import { describePath } from '../../../lib/playbook/form/places';
import { nextVersion, stampChanged } from '../../../lib/playbook/version';
import { formProblem, getIn, setIn, type Path } from '../../../lib/playbook/form/paths';
import { IssueIndex } from '../../../lib/playbook/form/issues';
import { parsePlaybook, type Playbook, type ValidationIssue } from '../../../lib/playbook/schema';
import { guideChecks, readableFields } from '../../../lib/playbook/guide';
import { differentiatorPlacements, productPlacements, questionPlacements } from '../../../lib/scoring/placement';
import { DEMO_RECORDS, recordFromValues } from '../preview/demo-records';
import { browserSelectorCheck, lintPlaybook } from '../../../lib/playbook/lint';
import { Preview } from '../preview/Preview';
import './editor.css';
import { EditorContext, sectionFor, type EditorApi } from './context';
import { EditorToolbar } from './EditorToolbar';
import { IssueSummary } from './IssueSummary';
import { JsonView } from './JsonView';
import {
  AliasesSection,
  CoachingSection,
  CriteriaSection,
  DifferentiatorsSection,
  DisqualifiersSection,
  FieldMappingsSection,
  GeneralSection,
  ProductsSection,
  QuestionsSection,
  TiersSection,
} from './sections';
import { useFocusRequests } from './useFocusRequests';
import { useLeaveGuard } from './useLeaveGuard';
import { ViewTabs, type View } from './ViewTabs';
import { WarningList } from './WarningList';

type Draft = Record<string, unknown>;

interface PlaybookEditorProps {
  /** The playbook in force (what Save replaces). */
  saved: Playbook;
  onSave: (playbook: Playbook) => Promise<void>;
  /** Present when there is a previous playbook to go back to. */
  onUndo?: () => Promise<void>;
  undoText?: string;
  /** Read-only (e.g. managed by the organisation). */
  readOnly?: boolean;
  /** Called when the draft starts or stops holding unsaved edits. */
  onDirtyChange?: (dirty: boolean) => void;
  /** The clock a new version and `updatedAt` are taken from (tests pass their own). */
  now?: () => Date;
}

/** The preview's sample records, for "where will this show?" under each question. */
const SAMPLE_RECORDS = DEMO_RECORDS.map((d) => recordFromValues(d.values, { crm: d.crm, kind: d.kind, id: d.id, linked: d.linked }));
const SAMPLE_NAMES = DEMO_RECORDS.map((d) => d.name);

const clone = (playbook: Playbook): Draft => JSON.parse(JSON.stringify(playbook)) as Draft;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const toText = (draft: unknown) => `${JSON.stringify(draft, null, 2)}\n`;

export function PlaybookEditor({ saved, onSave, onUndo, undoText, readOnly, onDirtyChange, now = () => new Date() }: PlaybookEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => clone(saved));
  const [tab, setTab] = useState<View>('form');
  const [jsonText, setJsonText] = useState<string>(() => toText(clone(saved)));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [status, setStatusState] = useState({ text: '', problem: false });
  const setStatus = useCallback((text: string, problem = false) => setStatusState({ text, problem }), []);
  const [externalChange, setExternalChange] = useState<Playbook | null>(null);
  const autoIds = useRef(new Set<string>()).current;
  const { focusAfterRender, focusPathAfterRender, focusFirstFieldAfterRender } = useFocusRequests();
  const [openSections, setOpenSections] = useState<ReadonlySet<string>>(() => new Set(['general', 'criteria']));
  const replaceDraft = useCallback((next: Draft) => {
    setDraft(next);
    setJsonText(toText(next));
    setJsonError(null);
  }, []);
  const lastValid = useRef<Playbook>(saved);
  const savedRef = useRef(saved);

  const result = useMemo(() => parsePlaybook(draft), [draft]);
  if (result.ok) lastValid.current = result.playbook;
  const issues = useMemo(() => new IssueIndex(result.ok ? [] : result.issues), [result]);
  const warnings = useMemo(
    () => (result.ok ? [...lintPlaybook(result.playbook, browserSelectorCheck(document)), ...guideChecks(result.playbook)] : []),
    [result],
  );
  const placements = useMemo(
    () => {
      if (!result.ok) return undefined;
      const readable = readableFields(result.playbook);
      return {
        recordNames: SAMPLE_NAMES,
        questions: questionPlacements(result.playbook, SAMPLE_RECORDS, readable),
        products: productPlacements(result.playbook, SAMPLE_RECORDS, readable),
        differentiators: differentiatorPlacements(result.playbook, SAMPLE_RECORDS, readable),
      };
    },
    [result],
  );
  const dirty = jsonError !== null || !(result.ok && same(result.playbook, saved));
  const structure = formProblem(draft);

  // A playbook saved elsewhere (import, undo, another tab) replaces the draft unless it holds edits.
  // It runs after draft edits too (it reads the draft), but acts only when `saved` is a new object.
  useEffect(() => {
    const previous = savedRef.current;
    if (previous === saved) return;
    savedRef.current = saved;
    if (same(previous, saved)) return;
    const untouched = jsonError === null && result.ok && (same(result.playbook, previous) || same(result.playbook, saved));
    if (untouched) {
      replaceDraft(clone(saved));
      setExternalChange(null);
    } else setExternalChange(saved);
  }, [saved, result, jsonError, replaceDraft]);

  useLeaveGuard(dirty);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  // A changed playbook gets a new version on Save unless the manager typed one (the form says which).
  const upcomingVersion = dirty && getIn(draft, 'version') === saved.version ? nextVersion(saved.version, now()) : undefined;


  const update = useCallback((change: (d: Draft) => Draft) => {
    setDraft((current) => {
      const next = change(current);
      setJsonText(toText(next));
      return next;
    });
    setStatus('');
  }, [setStatus]);

  const api: EditorApi = {
    draft,
    get: (path: Path) => getIn(draft, path),
    set: (path: Path, value: unknown) => update((d) => setIn(d, path, value)),
    update,
    issues,
    upcomingVersion,
    focusAfterRender,
    focusFirstFieldAfterRender,
    autoIds,
    placements,
    isOpen: (section) => openSections.has(section),
    setOpen: (section, open) =>
      setOpenSections((current) => {
        if (current.has(section) === open) return current;
        const next = new Set(current);
        if (open) next.add(section);
        else next.delete(section);
        return next;
      }),
  };

  const confirmDiscard = (question: string) => !dirty || confirm(t('editor_confirm_unsaved', question));

  const save = async () => {
    if (readOnly) return;
    if (jsonError !== null) {
      setStatus(t('editor_status_fix_json'), true);
      return;
    }
    // Refused, and said why: what is missing or wrong, by name, and focus on the first of it.
    if (!result.ok) {
      const places = result.issues.map((issue) => describePath(issue.path, draft));
      const named = [...new Set(places)];
      const shown = named.slice(0, 3).join('; ');
      setStatus(named.length > 3 ? tn('editor_status_refusedMore', named.length - 3, shown) : t('editor_status_refused', shown), true);
      focusIssue(result.issues[0]!);
      return;
    }
    const stamped = stampChanged(result.playbook, saved.version, now());
    try {
      await onSave(stamped);
    } catch (error) {
      // Storage full or broken: the draft stays, and the reason is said where the Save button is.
      setStatus(error instanceof Error ? error.message : String(error), true);
      return;
    }
    replaceDraft(clone(stamped));
    setExternalChange(null);
    setStatus(t('editor_status_saved'));
  };

  const switchTab = (next: View) => {
    if (next === tab) return;
    if (next === 'json') setJsonText(toText(draft));
    if (next === 'form' && jsonError) {
      setStatus(t('editor_status_fix_json'), true);
      return;
    }
    setTab(next);
  };

  // A render must follow the request even when the section is already open (the focus runs after it).
  const [, setFocusRequests] = useState(0);
  const focusIssue = (issue: ValidationIssue) => {
    setFocusRequests((n) => n + 1);
    if (tab !== 'form') setTab('form');
    api.setOpen(sectionFor(issue.path), true);
    focusPathAfterRender(issue.path);
  };

  const editJson = (text: string) => {
    setJsonText(text);
    setStatus('');
    try {
      setDraft(JSON.parse(text) as Draft);
      setJsonError(null);
    } catch (error) {
      setJsonError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section class="op-panel pe" aria-labelledby="pe-title" data-testid="playbook-editor">
      <div class="pe-header">
        <h2 id="pe-title">{t('editor_title')}</h2>
        <ViewTabs view={tab} onSwitch={switchTab} />
      </div>

      <EditorToolbar
        canSave={!readOnly && dirty}
        dirty={dirty}
        canUndo={!!onUndo && !readOnly}
        undoText={undoText}
        status={status.text || (dirty ? (result.ok && !jsonError ? t('editor_status_valid') : '') : '')}
        statusIsProblem={status.problem}
        onSave={() => void save()}
        onDiscard={() => {
          if (confirmDiscard(t('editor_confirm_discard'))) {
            replaceDraft(clone(saved));
            setStatus(t('editor_status_discarded'));
          }
        }}
        onUndo={async () => {
          if (!onUndo || !confirmDiscard(t('editor_confirm_undo'))) return;
          await onUndo();
          setStatus(t('editor_status_undone'));
        }}
      />

      {externalChange && (
        <p class="pe-notice" role="alert">
          {t('editor_external_change', externalChange.name, externalChange.version)}{' '}
          <button
            type="button"
            onClick={() => {
              if (confirmDiscard(t('editor_confirm_load'))) {
                replaceDraft(clone(externalChange));
                setExternalChange(null);
              }
            }}
          >
            {t('editor_load_it')}
          </button>
        </p>
      )}

      {!result.ok && <IssueSummary count={result.issues.length} issues={issues} draft={draft} onFocus={focusIssue} />}
      {warnings.length > 0 && <WarningList warnings={warnings} draft={draft} onFocus={focusIssue} />}

      <div class="pe-layout">
        <div class="pe-main">
          <div id="pe-panel-form" role="tabpanel" aria-labelledby="pe-tab-form" hidden={tab !== 'form'}>
            {tab === 'form' &&
              (structure ? (
                <p class="op-error" data-testid="form-unavailable">
                  {t('editor_form_unavailable', structure)}
                </p>
              ) : (
                <EditorContext.Provider value={api}>
                  <fieldset class="pe-form" disabled={readOnly}>
                    <GeneralSection />
                    <CriteriaSection />
                    <DisqualifiersSection />
                    <TiersSection />
                    <ProductsSection />
                    <DifferentiatorsSection />
                    <QuestionsSection />
                    <CoachingSection />
                    <FieldMappingsSection />
                    <AliasesSection />
                  </fieldset>
                </EditorContext.Provider>
              ))}
          </div>
          <div id="pe-panel-json" role="tabpanel" aria-labelledby="pe-tab-json" hidden={tab !== 'json'}>
            {/* Always rendered (hidden on the Form tab): the JSON is the draft's other face. */}
            <JsonView text={jsonText} error={jsonError} invalid={!result.ok} readOnly={readOnly} onText={editJson} />
          </div>
        </div>
        <aside class="pe-preview" aria-label={t('editor_preview_aria')}>
          <Preview playbook={lastValid.current} stale={!result.ok || jsonError !== null} />
        </aside>
      </div>
    </section>
  );
}
