/**
 * The playbook editor: forms (one section per part of the playbook) and a JSON view over the same
 * draft, validated by the zod schema on every change with each issue shown at its control, a
 * live preview of the sidebar cards, an unsaved-changes guard, Save and Undo last save.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '../../../lib/i18n';
import { formProblem, getIn, IssueIndex, setIn, type Path } from '../../../lib/playbook/form-model';
import { parsePlaybook, type Playbook, type ValidationIssue } from '../../../lib/playbook/schema';
import { browserSelectorCheck, lintPlaybook } from '../../../lib/playbook/lint';
import { Preview } from '../preview/Preview';
import './editor.css';
import { controlId, EditorContext, sectionFor, type EditorApi } from './context';
import {
  AliasesSection,
  CriteriaSection,
  DifferentiatorsSection,
  DisqualifiersSection,
  FieldMappingsSection,
  GeneralSection,
  ProductsSection,
  QuestionsSection,
  TiersSection,
} from './sections';

type Draft = Record<string, unknown>;
type Tab = 'form' | 'json';

interface PlaybookEditorProps {
  /** The playbook in force (what Save replaces). */
  saved: Playbook;
  onSave: (playbook: Playbook) => Promise<void>;
  /** Present when there is a previous playbook to go back to. */
  onUndo?: () => Promise<void>;
  undoText?: string;
  /** Read-only (e.g. managed by the organisation). */
  readOnly?: boolean;
}

const clone = (playbook: Playbook): Draft => JSON.parse(JSON.stringify(playbook)) as Draft;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const toText = (draft: unknown) => `${JSON.stringify(draft, null, 2)}\n`;

export function PlaybookEditor({ saved, onSave, onUndo, undoText, readOnly }: PlaybookEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => clone(saved));
  const [tab, setTab] = useState<Tab>('form');
  const [jsonText, setJsonText] = useState<string>(() => toText(clone(saved)));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [externalChange, setExternalChange] = useState<Playbook | null>(null);
  const autoIds = useRef(new Set<string>()).current;
  const pendingFocus = useRef<string | null>(null);
  const pendingFocusPath = useRef<string | null>(null);
  const [openSections, setOpenSections] = useState<ReadonlySet<string>>(() => new Set(['general', 'criteria']));
  const lastValid = useRef<Playbook>(saved);
  const savedRef = useRef(saved);

  const result = useMemo(() => parsePlaybook(draft), [draft]);
  if (result.ok) lastValid.current = result.playbook;
  const issues = useMemo(() => new IssueIndex(result.ok ? [] : result.issues), [result]);
  const warnings = useMemo(() => (result.ok ? lintPlaybook(result.playbook, browserSelectorCheck(document)) : []), [result]);
  const dirty = jsonError !== null || !(result.ok && same(result.playbook, saved));
  const structure = formProblem(draft);

  // A playbook saved elsewhere (import, undo, another tab) replaces the draft unless it holds edits.
  useEffect(() => {
    const previous = savedRef.current;
    savedRef.current = saved;
    if (same(previous, saved)) return;
    const current = parsePlaybook(draft);
    const untouched = jsonError === null && current.ok && (same(current.playbook, previous) || same(current.playbook, saved));
    if (untouched) {
      replaceDraft(clone(saved));
      setExternalChange(null);
    } else setExternalChange(saved);
  }, [saved]);

  // Leaving the page with edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);

  // After a click on a problem in the summary: focus the control at that path, or its nearest container.
  useEffect(() => {
    const path = pendingFocusPath.current;
    if (path === null) return;
    pendingFocusPath.current = null;
    const parts = path.split('.');
    for (let n = parts.length; n >= 0; n--) {
      const prefix = parts.slice(0, n).join('.');
      const quoted = CSS.escape(prefix);
      const element =
        document.getElementById(controlId(prefix)) ??
        document.querySelector<HTMLElement>(
          `[data-path="${quoted}"] select, [data-path="${quoted}"] input, [data-item="${quoted}"] button, :is(input, select, textarea)[data-path^="${quoted}."]`,
        );
      if (element) {
        element.focus();
        element.scrollIntoView({ block: 'center' });
        return;
      }
    }
  });

  useEffect(() => {
    if (!pendingFocus.current) return;
    const element = document.getElementById(pendingFocus.current);
    pendingFocus.current = null;
    if (element instanceof HTMLButtonElement && element.disabled) (element.parentElement?.querySelector('button:not(:disabled)') as HTMLElement | null)?.focus();
    else element?.focus();
  });

  function replaceDraft(next: Draft) {
    setDraft(next);
    setJsonText(toText(next));
    setJsonError(null);
  }

  const update = useCallback((change: (d: Draft) => Draft) => {
    setDraft((current) => {
      const next = change(current);
      setJsonText(toText(next));
      return next;
    });
    setStatus('');
  }, []);

  const api: EditorApi = {
    draft,
    get: (path: Path) => getIn(draft, path),
    set: (path: Path, value: unknown) => update((d) => setIn(d, path, value)),
    update,
    issues,
    focusAfterRender: (id) => (pendingFocus.current = id),
    autoIds,
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
    if (!result.ok || readOnly) return;
    await onSave(result.playbook);
    replaceDraft(clone(result.playbook));
    setExternalChange(null);
    setStatus(t('editor_status_saved'));
  };

  const switchTab = (next: Tab) => {
    if (next === tab) return;
    if (next === 'json') setJsonText(toText(draft));
    if (next === 'form' && jsonError) {
      setStatus(t('editor_status_fix_json'));
      return;
    }
    setTab(next);
  };

  const focusIssue = (issue: ValidationIssue) => {
    if (tab !== 'form') setTab('form');
    api.setOpen(sectionFor(issue.path), true);
    pendingFocusPath.current = issue.path;
    setStatus('');
  };

  return (
    <section class="op-panel pe" aria-labelledby="pe-title" data-testid="playbook-editor">
      <div class="pe-header">
        <h2 id="pe-title">{t('editor_title')}</h2>
        <div class="pe-tabs" role="tablist" aria-label={t('editor_view_aria')}>
          {(['form', 'json'] as const).map((view) => (
            <button
              key={view}
              type="button"
              role="tab"
              id={`pe-tab-${view}`}
              aria-selected={tab === view}
              aria-controls={`pe-panel-${view}`}
              tabIndex={tab === view ? 0 : -1}
              class={`pe-tab${tab === view ? ' pe-tab--active' : ''}`}
              data-testid={`tab-${view}`}
              onClick={() => switchTab(view)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  const other = view === 'form' ? 'json' : 'form';
                  switchTab(other);
                  document.getElementById(`pe-tab-${other}`)?.focus();
                }
              }}
            >
              {view === 'form' ? t('editor_tab_form') : t('editor_tab_json')}
            </button>
          ))}
        </div>
      </div>

      <div class="pe-toolbar" role="group" aria-label={t('editor_toolbar_aria')}>
        <button type="button" class="op-primary" data-testid="save" disabled={readOnly || !dirty || !result.ok || jsonError !== null} onClick={() => void save()}>
          {t('editor_save')}
        </button>
        <button
          type="button"
          data-testid="discard"
          disabled={!dirty}
          onClick={() => {
            if (confirmDiscard(t('editor_confirm_discard'))) {
              replaceDraft(clone(saved));
              setStatus(t('editor_status_discarded'));
            }
          }}
        >
          {t('editor_discard')}
        </button>
        <button
          type="button"
          data-testid="undo-save"
          disabled={!onUndo || readOnly}
          title={undoText}
          onClick={async () => {
            if (!onUndo || !confirmDiscard(t('editor_confirm_undo'))) return;
            await onUndo();
            setStatus(t('editor_status_undone'));
          }}
        >
          {t('editor_undo_save')}
        </button>
        {dirty && (
          <span class="pe-unsaved" data-testid="unsaved">
            {t('editor_unsaved')}
          </span>
        )}
        <span role="status" class="pe-status" data-testid="save-status">
          {status || (dirty ? (result.ok && !jsonError ? t('editor_status_valid') : '') : '')}
        </span>
      </div>

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

      {!result.ok && (
        <div class="pe-summary" role="alert" data-testid="editor-issues">
          <strong>{tn('editor_problems_count', result.issues.length)}</strong>
          <ul>
            {issues.all.slice(0, 12).map((issue, index) => (
              <li key={index}>
                <button type="button" class="pe-link" onClick={() => focusIssue(issue)}>
                  {describePath(issue.path, draft)}
                </button>{' '}
                {issue.message}
              </li>
            ))}
            {issues.all.length > 12 && <li>{tn('editor_problems_more', issues.all.length - 12)}</li>}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div class="op-warnings" role="status" data-testid="json-warnings">
          <ul>
            {warnings.map((warning) => (
              <li key={warning.path}>
                <code>{warning.path}</code> {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}

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
                    <FieldMappingsSection />
                    <AliasesSection />
                  </fieldset>
                </EditorContext.Provider>
              ))}
          </div>
          <div id="pe-panel-json" role="tabpanel" aria-labelledby="pe-tab-json" hidden={tab !== 'json'}>
            {/* Always rendered (hidden on the Form tab): the JSON is the draft's other face. */}
            {(
              <>
                <p class="pe-help">{t('editor_json_help')}</p>
                <textarea
                  class="op-json"
                  spellcheck={false}
                  aria-label={t('editor_json_aria')}
                  data-testid="playbook-json"
                  readOnly={readOnly}
                  aria-invalid={jsonError || !result.ok ? 'true' : undefined}
                  value={jsonText}
                  onInput={(event) => {
                    const text = (event.currentTarget as HTMLTextAreaElement).value;
                    setJsonText(text);
                    setStatus('');
                    try {
                      setDraft(JSON.parse(text) as Draft);
                      setJsonError(null);
                    } catch (error) {
                      setJsonError(error instanceof Error ? error.message : String(error));
                    }
                  }}
                />
                {jsonError && (
                  <p class="op-error" role="alert" data-testid="json-syntax">
                    {t('editor_io_not_json', jsonError)}
                  </p>
                )}
              </>
            )}
          </div>
        </div>
        <aside class="pe-preview" aria-label={t('editor_preview_aria')}>
          <Preview playbook={lastValid.current} stale={!result.ok || jsonError !== null} />
        </aside>
      </div>
    </section>
  );
}

const LIST_NOUNS: Record<string, MessageKey> = {
  'icp.criteria': 'editor_place_criterion',
  'icp.disqualifiers': 'editor_place_disqualifier',
  products: 'editor_place_product',
  differentiators: 'editor_place_differentiator',
  questions: 'editor_place_question',
  fieldMappings: 'editor_place_fieldMapping',
  aliases: 'editor_place_valueAlias',
};

/** "icp.criteria.2.weight" → "Criterion 3 (50–5,000 employees) › weight" (keys after the item stay as in the file). */
const PLACES: Record<string, MessageKey> = {
  name: 'editor_playbook_name_label',
  version: 'editor_playbook_version_label',
  updatedAt: 'editor_place_lastUpdated',
  schemaVersion: 'editor_playbook_schemaVersion_label',
  'icp.tiers': 'editor_icp_tiers_label',
  'icp.minCoverage': 'editor_place_minCoverage',
  'icp.criteria': 'editor_icp_criteria_label',
};

export function describePath(path: string, draft: unknown): string {
  if (!path) return t('editor_place_playbook');
  if (PLACES[path]) return t(PLACES[path]);
  for (const [prefix, noun] of Object.entries(LIST_NOUNS)) {
    const match = path.match(new RegExp(`^${prefix.replace('.', '\\.')}\\.(\\d+)(?:\\.(.*))?$`));
    if (match) {
      const index = Number(match[1]);
      const item = getIn(draft, `${prefix}.${index}`) as Record<string, unknown> | undefined;
      const name = item && ['label', 'name', 'title', 'text', 'value', 'field'].map((k) => item[k]).find((v) => typeof v === 'string' && v);
      const rest = match[2] ? ` › ${match[2].replace(/\.(\d+)/g, (_, n: string) => ` ${Number(n) + 1}`).replace(/\./g, ' › ')}` : '';
      const shortName = name ? (String(name).length > 48 ? `${String(name).slice(0, 46)}…` : String(name)) : '';
      const place = shortName ? t('editor_place_item_named', t(noun), index + 1, shortName) : t('editor_item_numbered', t(noun), index + 1);
      return `${place}${rest}`;
    }
  }
  return path.replace(/\./g, ' › ');
}
