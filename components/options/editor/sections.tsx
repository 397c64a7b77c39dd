/** One section per part of the playbook; every control is bound to the schema path it edits. */
import type { ComponentChildren } from 'preact';
import { FORM_TEXT } from '../../../lib/playbook/form/text';
import {
  ID_SOURCE,
  newCoachingQuestion,
  newCriterion,
  newDifferentiator,
  newDisqualifier,
  newFieldMapping,
  newProduct,
  newQuestion,
  newValueAlias,
} from '../../../lib/playbook/form/new-items';
import { renameProductRefs, setIn, type Path } from '../../../lib/playbook/form/paths';
import { uniqueId } from '../../../lib/playbook/form/ids';
import { COACHING_METRICS, PRODUCT_PRIORITIES, QUESTION_CATEGORIES, QUESTION_FRAMEWORKS } from '../../../lib/playbook/rules';
import type {
  Criterion,
  CoachingMetric,
  CoachingQuestion,
  Differentiator,
  Disqualifier,
  FieldMapping,
  Playbook,
  Product,
  ProductPriority,
  Question,
  ValueAlias,
} from '../../../lib/playbook/schema';
import { formatNumber, t, type MessageKey } from '../../../lib/i18n';
import { ConditionEditor, OptionalCondition } from './ConditionEditor';
import { useEditor } from './context';
import { ChecksField, fieldChoices, FieldPicker, LinesField, NumberField, SelectField, TextField } from './fields';
import { ItemList } from './ItemList';
import { fieldLabel } from '../../sidebar/field-labels';
import { categoryName } from '../../ui/question-category';
import type { FieldName } from '../../../lib/record';
import type { ItemPlacement } from '../../../lib/scoring/placement';
import { highestCountShown } from '../../../lib/rep/weekly-review';

const PRIORITY_TEXT = {
  push: 'editor_priority_push',
  standard: 'editor_priority_standard',
  'loss-leader': 'editor_priority_lossLeader',
} as const satisfies Record<ProductPriority, MessageKey>;

export function Section({ id, title, count, help, invalid, children }: { id: string; title: string; count?: number; help?: string; invalid?: boolean; children: ComponentChildren }) {
  const { isOpen, setOpen } = useEditor();
  const open = isOpen(id);
  return (
    <details class={`pe-section${invalid ? ' pe-section--invalid' : ''}`} open={open} data-section={id} onToggle={(e) => setOpen(id, (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span class="pe-section__title">{title}</span>
        {count !== undefined && <span class="pe-section__count">{formatNumber(count)}</span>}
        {invalid && <span class="pe-badge-error">{t('editor_needs_fix')}</span>}
      </summary>
      {open && help && <p class="pe-help pe-section__help">{help}</p>}
      {open && children}
    </details>
  );
}

/** The text an id is made from; for items added in this session the id follows it. */
function LabelField({ listPath, itemPath, keyName, text, multiline }: { listPath: Path; itemPath: Path; keyName: string; text: { label: string; help?: string }; multiline?: boolean }) {
  const { get, update, autoIds } = useEditor();
  return (
    <TextField
      path={`${itemPath}.${keyName}`}
      text={text}
      wide
      multiline={multiline}
      onText={(value) =>
        update((draft) => {
          let next = setIn(draft, `${itemPath}.${keyName}`, value);
          const currentId = get(`${itemPath}.id`);
          if (typeof currentId === 'string' && autoIds.has(`${listPath}|${currentId}`)) {
            const others = ((get(listPath) as { id?: string }[]) ?? []).filter((item) => item.id !== currentId).map((item) => String(item.id));
            const id = uniqueId(value, others);
            autoIds.delete(`${listPath}|${currentId}`);
            autoIds.add(`${listPath}|${id}`);
            next = setIn(next, `${itemPath}.id`, id);
            if (listPath === 'products') next = renameProductRefs(next as unknown as Playbook, currentId, id) as unknown as Record<string, unknown>;
          }
          return next;
        })
      }
    />
  );
}

function IdField({ itemPath, help }: { itemPath: Path; help?: string }) {
  return <TextField path={`${itemPath}.id`} text={{ label: t('editor_id_label'), help }} class="pe-control--id" />;
}

/** A field as list titles show it: the rep-facing name, or the key while a custom key is still empty. */
const shownField = (field: FieldName) => fieldLabel(field) || field;

const sectionInvalid = (issues: ReturnType<typeof useEditor>['issues'], ...paths: Path[]) => paths.some((p) => issues.under(p).length > 0);

export function GeneralSection() {
  const { issues, get, upcomingVersion } = useEditor();
  const ft = FORM_TEXT.playbook;
  return (
    <Section id="general" title={t('editor_section_general')} invalid={sectionInvalid(issues, 'name', 'version', 'updatedAt', 'currency', 'schemaVersion', '$schema')}>
      <div class="pe-grid">
        <TextField path="name" text={ft.name} wide />
        <TextField path="version" text={ft.version} />
        <TextField path="updatedAt" text={ft.updatedAt} optional />
        <TextField path="currency" text={ft.currency} optional />
      </div>
      {upcomingVersion && (
        <p class="pe-help pe-version-note" data-testid="upcoming-version" role="status">
          {t('editor_version_upcoming', upcomingVersion)}
        </p>
      )}
      {issues.under('schemaVersion').length > 0 && <p class="pe-problems">{t('editor_format_version_problem', String(get('schemaVersion')), issues.at('schemaVersion').join(' '))}</p>}
    </Section>
  );
}

export function CriteriaSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.criterion;
  const items = (get('icp.criteria') as Criterion[]) ?? [];
  return (
    <Section id="criteria" title={FORM_TEXT.icp.criteria.label} count={items.length} help={FORM_TEXT.icp.criteria.help} invalid={sectionInvalid(issues, 'icp.criteria')}>
      <ItemList<Criterion> path="icp.criteria" noun={t('editor_noun_criterion')} title={(c) => c.label} create={newCriterion}>
        {(p) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="icp.criteria" itemPath={p} keyName={ID_SOURCE.criteria} text={ft.label} />
              <NumberField path={`${p}.weight`} text={ft.weight} min={1} max={100} step={1} />
              <IdField itemPath={p} help={ft.id.help} />
            </div>
            <fieldset class="pe-when">
              <legend>{ft.when.label}</legend>
              <ConditionEditor path={`${p}.when`} />
            </fieldset>
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function DisqualifiersSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.disqualifier;
  const items = (get('icp.disqualifiers') as Disqualifier[]) ?? [];
  return (
    <Section id="disqualifiers" title={FORM_TEXT.icp.disqualifiers.label} count={items.length} help={FORM_TEXT.icp.disqualifiers.help} invalid={sectionInvalid(issues, 'icp.disqualifiers')}>
      <ItemList<Disqualifier> path="icp.disqualifiers" noun={t('editor_noun_disqualifier')} title={(d) => d.label} create={newDisqualifier} empty={t('editor_empty_disqualifiers')}>
        {(p) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="icp.disqualifiers" itemPath={p} keyName={ID_SOURCE.disqualifiers} text={ft.label} />
              <IdField itemPath={p} help={ft.id.help} />
            </div>
            <fieldset class="pe-when">
              <legend>{ft.when.label}</legend>
              <ConditionEditor path={`${p}.when`} />
            </fieldset>
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function TiersSection() {
  const { issues } = useEditor();
  const ft = FORM_TEXT.tiers;
  return (
    <Section id="tiers" title={t('editor_section_tiers')} help={FORM_TEXT.icp.tiers.help} invalid={sectionInvalid(issues, 'icp.tiers', 'icp.minCoverage')}>
      <div class="pe-grid pe-grid--4">
        <NumberField path="icp.tiers.A" text={ft.A} min={0} max={100} group="icp.tiers" />
        <NumberField path="icp.tiers.B" text={ft.B} min={0} max={100} group="icp.tiers" />
        <NumberField path="icp.tiers.C" text={ft.C} min={0} max={100} group="icp.tiers" />
        <NumberField path="icp.minCoverage" text={FORM_TEXT.icp.minCoverage} min={0} max={1} step={0.05} optional />
      </div>
      <TierProblems />
    </Section>
  );
}

function TierProblems() {
  const { issues } = useEditor();
  const messages = issues.at('icp.tiers');
  return messages.length ? (
    <ul class="pe-problems" data-testid="field-error" id="pe-icp-tiers-error">
      {messages.map((m, i) => (
        <li key={i}>{m}</li>
      ))}
    </ul>
  ) : null;
}

export function ProductsSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.product;
  const items = (get('products') as Product[]) ?? [];
  return (
    <Section id="products" title={FORM_TEXT.playbook.products.label} count={items.length} help={t('editor_section_products_help')} invalid={sectionInvalid(issues, 'products')}>
      <ItemList<Product> path="products" noun={t('editor_noun_product')} title={(x) => x.name} create={newProduct} empty={t('editor_empty_products')}>
        {(p, _item, index) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="products" itemPath={p} keyName={ID_SOURCE.products} text={ft.name} />
              <SelectField path={`${p}.priority`} text={ft.priority} options={PRODUCT_PRIORITIES} optionText={(o) => t(PRIORITY_TEXT[o])} />
              <IdField itemPath={p} help={ft.id.help} />
              <TextField path={`${p}.pitch`} text={ft.pitch} multiline wide />
              <TextField path={`${p}.note`} text={ft.note} optional wide />
            </div>
            <OptionalCondition path={`${p}.fitsWhen`} label={ft.fitsWhen.label} help={ft.fitsWhen.help} />
            <ItemPlacementHint list="products" index={index} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function DifferentiatorsSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.differentiator;
  const items = (get('differentiators') as Differentiator[]) ?? [];
  const products = ((get('products') as Product[]) ?? []).map((x) => ({ value: x.id, text: x.name || x.id }));
  return (
    <Section id="differentiators" title={FORM_TEXT.playbook.differentiators.label} count={items.length} help={t('editor_section_differentiators_help')} invalid={sectionInvalid(issues, 'differentiators')}>
      <ItemList<Differentiator> path="differentiators" noun={t('editor_noun_differentiator')} title={(d) => d.title} create={newDifferentiator} empty={t('editor_empty_differentiators')}>
        {(p, _item, index) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="differentiators" itemPath={p} keyName={ID_SOURCE.differentiators} text={ft.title} />
              <IdField itemPath={p} help={ft.id.help} />
              <TextField path={`${p}.detail`} text={ft.detail} multiline wide />
              <ChecksField path={`${p}.products`} text={ft.products} choices={products} empty={t('editor_add_products_first')} />
              <LinesField path={`${p}.competitors`} text={ft.competitors} optional rows={2} wide />
            </div>
            <OptionalCondition path={`${p}.when`} label={ft.when.label} help={ft.when.help} />
            <ItemPlacementHint list="differentiators" index={index} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function QuestionsSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.question;
  const items = (get('questions') as Question[]) ?? [];
  return (
    <Section id="questions" title={FORM_TEXT.playbook.questions.label} count={items.length} help={t('editor_section_questions_help')} invalid={sectionInvalid(issues, 'questions', 'questionLimit')}>
      <div class="pe-grid">
        <NumberField path="questionLimit" text={FORM_TEXT.playbook.questionLimit} min={1} max={50} step={1} optional />
      </div>
      <ItemList<Question> path="questions" noun={t('editor_noun_question')} title={(q) => q.text} create={newQuestion} empty={t('editor_empty_questions')}>
        {(p, _item, index) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="questions" itemPath={p} keyName={ID_SOURCE.questions} text={ft.text} multiline />
              <SelectField path={`${p}.category`} text={ft.category} options={QUESTION_CATEGORIES} optionText={categoryName} />
              <SelectField path={`${p}.framework`} text={ft.framework} options={QUESTION_FRAMEWORKS} optional={t('editor_framework_none')} />
              <IdField itemPath={p} help={ft.id.help} />
              <ChecksField path={`${p}.fills`} text={ft.fills} choices={fieldChoices()} />
              <LinesField path={`${p}.stages`} text={ft.stages} optional rows={2} wide />
            </div>
            <OptionalCondition path={`${p}.when`} label={ft.when.label} help={ft.when.help} />
            <PlacementHint index={index} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

/** "Where will this show?": the question's rank on each of the preview's sample records. */
function PlacementHint({ index }: { index: number }) {
  const { placements } = useEditor();
  const placement = placements?.questions[index];
  if (!placements || !placement) return null;
  if (placement.kind === 'never') {
    return (
      <p class="pe-help pe-where" data-testid="question-placement">
        {t('editor_where_never', fieldLabel(placement.field))}
      </p>
    );
  }
  return (
    <div class="pe-help pe-where" data-testid="question-placement">
      {t('editor_where_title')}
      <ul>
        {placement.records.map(({ recordId, placement: at }, r) => (
          <li key={recordId} data-record={recordId} data-placement={at.kind}>
            {at.kind === 'shown'
              ? t('editor_where_rank', placements.recordNames[r]!, at.rank)
              : at.kind === 'beyond'
                ? t('editor_where_beyond', placements.recordNames[r]!, at.limit, at.rank)
                : t('editor_where_notPicked', placements.recordNames[r]!)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The words for one record's place of a product or differentiator ("2 of 3 on “Why us”, and on the first screen"). */
function itemAtText(list: 'products' | 'differentiators', record: string, at: ItemPlacement): string {
  if (at.kind === 'shown') {
    const card = t(list === 'products' ? 'editor_where_card_products' : 'editor_where_card_differentiators');
    const place = t(at.firstScreen ? 'editor_where_item_firstScreen' : 'editor_where_item_rank', record, at.rank, at.of, card);
    return at.maybe ? `${place} ${t('editor_where_item_maybe')}` : place;
  }
  if (at.why === 'competitor') return at.competitor ? t('editor_where_item_otherCompetitor', record, at.competitor) : t('editor_where_item_noCompetitor', record);
  if (at.why === 'product') return t('editor_where_item_noProduct', record);
  return t(list === 'products' ? 'editor_where_item_ruledOut' : 'editor_where_item_condition', record);
}

/** "Where will this show?" for a product or differentiator: its place on each of the preview's sample records, or why never. */
function ItemPlacementHint({ list, index }: { list: 'products' | 'differentiators'; index: number }) {
  const { placements } = useEditor();
  const placement = placements?.[list][index];
  if (!placements || !placement) return null;
  const testId = list === 'products' ? 'product-placement' : 'differentiator-placement';
  if (placement.kind === 'never') {
    return (
      <p class="pe-help pe-where" data-testid={testId} data-never="field">
        {t('editor_where_item_never', fieldLabel(placement.field))}
      </p>
    );
  }
  return (
    <div class="pe-help pe-where" data-testid={testId}>
      {placement.competitorOnNoSample && (
        <p class="pe-where-note" data-never="competitor">
          {t('editor_where_item_competitorOnNoSample')}
        </p>
      )}
      {placement.unreadField && (
        <p class="pe-where-note" data-never="field">
          {t('editor_where_item_unreadField', fieldLabel(placement.unreadField))}
        </p>
      )}
      {t('editor_where_item_title')}
      <ul>
        {placement.records.map(({ recordId, placement: at }, r) => (
          <li key={recordId} data-record={recordId} data-placement={at.kind} data-why={at.kind === 'notPicked' ? at.why : undefined} data-first-screen={at.kind === 'shown' && at.firstScreen ? 'true' : undefined}>
            {itemAtText(list, placements.recordNames[r]!, at)}
          </li>
        ))}
      </ul>
    </div>
  );
}

const METRIC_TEXT = {
  recordsReviewed: 'editor_metric_recordsReviewed',
  goodFitReviewed: 'editor_metric_goodFitReviewed',
  callsPrepared: 'editor_metric_callsPrepared',
  questionsAsked: 'editor_metric_questionsAsked',
} as const satisfies Record<CoachingMetric, MessageKey>;
const metricText = (metric: CoachingMetric) => t(METRIC_TEXT[metric]);
/** Shares a manager picks from; a file's other share stays on offer so it can be kept. */
const SHARES = [0.25, 0.5, 0.75];
const shareText = (share: number) => t('editor_coaching_share', formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }));

export function CoachingSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.coaching;
  const items = (get('coaching') as CoachingQuestion[] | undefined) ?? [];
  return (
    <Section id="coaching" title={t('editor_section_coaching')} count={items.length} help={FORM_TEXT.playbook.coaching.help} invalid={sectionInvalid(issues, 'coaching')}>
      <ItemList<CoachingQuestion> path="coaching" noun={t('editor_noun_coaching')} title={(c) => c.question} create={newCoachingQuestion} empty={t('editor_empty_coaching')}>
        {(p, item) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="coaching" itemPath={p} keyName={ID_SOURCE.coaching} text={ft.question} multiline />
              <IdField itemPath={p} help={ft.id.help} />
            </div>
            <fieldset class="pe-when" data-path={`${p}.when`}>
              <legend>{ft.when.label}</legend>
              <div class="pe-grid">
                <SelectField path={`${p}.when.metric`} text={FORM_TEXT.coachingWhen.metric} options={COACHING_METRICS} optionText={metricText} />
                <SelectField
                  path={`${p}.when.fallsBelow`}
                  text={FORM_TEXT.coachingWhen.fallsBelow}
                  options={[...new Set([...SHARES, ...(typeof item?.when?.fallsBelow === 'number' ? [item.when.fallsBelow] : [])])].sort().map(String)}
                  optionText={(share) => shareText(Number(share))}
                  toValue={Number}
                />
              </div>
            </fieldset>
            <CoachingExample share={item?.when?.fallsBelow} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

/** What a share means for a rep: the counts that bring the question up by Wednesday and by Friday evening. */
function CoachingExample({ share }: { share: number | undefined }) {
  if (typeof share !== 'number' || !(share > 0 && share < 1)) return null;
  const usual = 10;
  const wednesday = highestCountShown(usual, share, 3 / 5);
  const friday = highestCountShown(usual, share, 1);
  return (
    <p class="pe-help pe-where" data-testid="coaching-example">
      {t('editor_coaching_example', formatNumber(usual), formatNumber(Math.max(0, friday)), formatNumber(Math.max(0, wednesday)))}
    </p>
  );
}

export function FieldMappingsSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.fieldMapping;
  const items = (get('fieldMappings') as FieldMapping[] | undefined) ?? [];
  return (
    <Section id="fieldMappings" title={FORM_TEXT.playbook.fieldMappings.label} count={items.length} help={t('editor_section_mappings_help')} invalid={sectionInvalid(issues, 'fieldMappings')}>
      <ItemList<FieldMapping> path="fieldMappings" noun={t('editor_noun_mapping')} title={(m) => `${shownField(m.field)} (${m.crm})`} create={newFieldMapping} empty={t('editor_empty_mappings')}>
        {(p) => (
          <div class="pe-grid">
            <TextField path={`${p}.crm`} text={ft.crm} />
            <FieldPicker path={`${p}.field`} text={ft.field} />
            <LinesField path={`${p}.labels`} text={ft.labels} optional rows={2} />
            <TextField path={`${p}.selector`} text={ft.selector} optional />
          </div>
        )}
      </ItemList>
    </Section>
  );
}

export function AliasesSection() {
  const { issues, get } = useEditor();
  const ft = FORM_TEXT.valueAlias;
  const items = (get('aliases') as ValueAlias[] | undefined) ?? [];
  return (
    <Section id="aliases" title={FORM_TEXT.playbook.aliases.label} count={items.length} help={t('editor_section_aliases_help')} invalid={sectionInvalid(issues, 'aliases')}>
      <ItemList<ValueAlias> path="aliases" noun={t('editor_noun_alias')} title={(a) => `${shownField(a.field)}: ${a.value}`} create={newValueAlias} empty={t('editor_empty_aliases')}>
        {(p) => (
          <div class="pe-grid">
            <FieldPicker path={`${p}.field`} text={ft.field} />
            <TextField path={`${p}.value`} text={ft.value} />
            <LinesField path={`${p}.synonyms`} text={ft.synonyms} rows={2} />
          </div>
        )}
      </ItemList>
    </Section>
  );
}

