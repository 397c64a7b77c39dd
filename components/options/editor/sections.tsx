/** One section per part of the playbook; every control is bound to the schema path it edits. */
import type { ComponentChildren } from 'preact';
import {
  FORM_TEXT,
  ID_SOURCE,
  newCriterion,
  newDifferentiator,
  newDisqualifier,
  newFieldMapping,
  newProduct,
  newQuestion,
  newValueAlias,
  renameProductRefs,
  setIn,
  uniqueId,
  type Path,
} from '../../../lib/playbook/form-model';
import {
  PRODUCT_PRIORITIES,
  QUESTION_CATEGORIES,
  QUESTION_FRAMEWORKS,
  type Criterion,
  type Differentiator,
  type Disqualifier,
  type FieldMapping,
  type Playbook,
  type Product,
  type Question,
  type ValueAlias,
} from '../../../lib/playbook/schema';
import { ConditionEditor, OptionalCondition, summarize } from './ConditionEditor';
import { useEditor } from './context';
import { ChecksField, FIELD_CHOICES, FieldPicker, LinesField, NumberField, SelectField, TextField } from './fields';
import { ItemList } from './ItemList';

const PRIORITY_TEXT = { push: 'Push: lead with it', standard: 'Standard', 'loss-leader': 'Door opener (loss leader)' } as const;
const CATEGORY_TEXT = { 'cold-call': 'Cold call', discovery: 'Discovery', qualification: 'Qualification', closing: 'Closing' } as const;

export function Section({ id, title, count, help, invalid, children }: { id: string; title: string; count?: number; help?: string; invalid?: boolean; children: ComponentChildren }) {
  const { isOpen, setOpen } = useEditor();
  const open = isOpen(id);
  return (
    <details class={`pe-section${invalid ? ' pe-section--invalid' : ''}`} open={open} data-section={id} onToggle={(e) => setOpen(id, (e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <span class="pe-section__title">{title}</span>
        {count !== undefined && <span class="pe-section__count">{count}</span>}
        {invalid && <span class="pe-badge-error">needs a fix</span>}
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
  return <TextField path={`${itemPath}.id`} text={{ label: 'ID', help }} class="pe-control--id" />;
}

const sectionInvalid = (issues: ReturnType<typeof useEditor>['issues'], ...paths: Path[]) => paths.some((p) => issues.under(p).length > 0);

export function GeneralSection() {
  const { issues, get } = useEditor();
  const t = FORM_TEXT.playbook;
  return (
    <Section id="general" title="Name and version" invalid={sectionInvalid(issues, 'name', 'version', 'updatedAt', 'schemaVersion', '$schema')}>
      <div class="pe-grid">
        <TextField path="name" text={t.name} wide />
        <TextField path="version" text={t.version} />
        <TextField path="updatedAt" text={t.updatedAt} optional />
      </div>
      {issues.under('schemaVersion').length > 0 && <p class="pe-problems">Format version {String(get('schemaVersion'))}: {issues.at('schemaVersion').join(' ')}</p>}
    </Section>
  );
}

export function CriteriaSection() {
  const { issues, get } = useEditor();
  const t = FORM_TEXT.criterion;
  const items = (get('icp.criteria') as Criterion[]) ?? [];
  return (
    <Section id="criteria" title="Ideal customer criteria" count={items.length} help={FORM_TEXT.icp.criteria.help} invalid={sectionInvalid(issues, 'icp.criteria')}>
      <ItemList<Criterion> path="icp.criteria" noun="criterion" title={(c) => c.label} create={newCriterion}>
        {(p) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="icp.criteria" itemPath={p} keyName={ID_SOURCE.criteria} text={t.label} />
              <NumberField path={`${p}.weight`} text={t.weight} min={1} max={100} step={1} />
              <IdField itemPath={p} help={t.id.help} />
            </div>
            <fieldset class="pe-when">
              <legend>{t.when.label}</legend>
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
  const t = FORM_TEXT.disqualifier;
  const items = (get('icp.disqualifiers') as Disqualifier[]) ?? [];
  return (
    <Section id="disqualifiers" title="Disqualifiers" count={items.length} help={FORM_TEXT.icp.disqualifiers.help} invalid={sectionInvalid(issues, 'icp.disqualifiers')}>
      <ItemList<Disqualifier> path="icp.disqualifiers" noun="disqualifier" title={(d) => d.label} create={newDisqualifier} empty="No disqualifiers: every record gets a score.">
        {(p) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="icp.disqualifiers" itemPath={p} keyName={ID_SOURCE.disqualifiers} text={t.label} />
              <IdField itemPath={p} help={t.id.help} />
            </div>
            <fieldset class="pe-when">
              <legend>{t.when.label}</legend>
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
  const t = FORM_TEXT.tiers;
  return (
    <Section id="tiers" title="Tiers and coverage" help={FORM_TEXT.icp.tiers.help} invalid={sectionInvalid(issues, 'icp.tiers', 'icp.minCoverage')}>
      <div class="pe-grid pe-grid--4">
        <NumberField path="icp.tiers.A" text={t.A} min={0} max={100} group="icp.tiers" />
        <NumberField path="icp.tiers.B" text={t.B} min={0} max={100} group="icp.tiers" />
        <NumberField path="icp.tiers.C" text={t.C} min={0} max={100} group="icp.tiers" />
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
  const t = FORM_TEXT.product;
  const items = (get('products') as Product[]) ?? [];
  return (
    <Section id="products" title="Products" count={items.length} help="What reps should lead with, in order of priority." invalid={sectionInvalid(issues, 'products')}>
      <ItemList<Product> path="products" noun="product" title={(x) => x.name} create={newProduct} empty="No products yet.">
        {(p) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="products" itemPath={p} keyName={ID_SOURCE.products} text={t.name} />
              <SelectField path={`${p}.priority`} text={t.priority} options={PRODUCT_PRIORITIES} optionText={(o) => PRIORITY_TEXT[o]} />
              <IdField itemPath={p} help={t.id.help} />
              <TextField path={`${p}.pitch`} text={t.pitch} multiline wide />
              <TextField path={`${p}.note`} text={t.note} optional wide />
            </div>
            <OptionalCondition path={`${p}.fitsWhen`} label={t.fitsWhen.label} help={t.fitsWhen.help} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function DifferentiatorsSection() {
  const { issues, get } = useEditor();
  const t = FORM_TEXT.differentiator;
  const items = (get('differentiators') as Differentiator[]) ?? [];
  const products = ((get('products') as Product[]) ?? []).map((x) => ({ value: x.id, text: x.name || x.id }));
  return (
    <Section id="differentiators" title="Differentiators" count={items.length} help="Why us: arguments reps use, against named competitors or for the products they lead with." invalid={sectionInvalid(issues, 'differentiators')}>
      <ItemList<Differentiator> path="differentiators" noun="differentiator" title={(d) => d.title} create={newDifferentiator} empty="No differentiators yet.">
        {(p) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="differentiators" itemPath={p} keyName={ID_SOURCE.differentiators} text={t.title} />
              <IdField itemPath={p} help={t.id.help} />
              <TextField path={`${p}.detail`} text={t.detail} multiline wide />
              <ChecksField path={`${p}.products`} text={t.products} choices={products} empty="Add products first." />
              <LinesField path={`${p}.competitors`} text={t.competitors} optional rows={2} wide />
            </div>
            <OptionalCondition path={`${p}.when`} label={t.when.label} help={t.when.help} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function QuestionsSection() {
  const { issues, get } = useEditor();
  const t = FORM_TEXT.question;
  const items = (get('questions') as Question[]) ?? [];
  return (
    <Section id="questions" title="Questions" count={items.length} help="Coaching: what reps ask next. Questions that fill unknown fields come first." invalid={sectionInvalid(issues, 'questions')}>
      <ItemList<Question> path="questions" noun="question" title={(q) => q.text} create={newQuestion} empty="No questions yet.">
        {(p) => (
          <>
            <div class="pe-grid">
              <LabelField listPath="questions" itemPath={p} keyName={ID_SOURCE.questions} text={t.text} multiline />
              <SelectField path={`${p}.category`} text={t.category} options={QUESTION_CATEGORIES} optionText={(o) => CATEGORY_TEXT[o]} />
              <SelectField path={`${p}.framework`} text={t.framework} options={QUESTION_FRAMEWORKS} optional="None" />
              <IdField itemPath={p} help={t.id.help} />
              <ChecksField path={`${p}.fills`} text={t.fills} choices={FIELD_CHOICES} />
              <LinesField path={`${p}.stages`} text={t.stages} optional rows={2} wide />
            </div>
            <OptionalCondition path={`${p}.when`} label={t.when.label} help={t.when.help} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function FieldMappingsSection() {
  const { issues, get } = useEditor();
  const t = FORM_TEXT.fieldMapping;
  const items = (get('fieldMappings') as FieldMapping[] | undefined) ?? [];
  return (
    <Section id="fieldMappings" title="Field mappings" count={items.length} help="Teach Playcard where your CRM shows a field it does not find by itself, or a custom field." invalid={sectionInvalid(issues, 'fieldMappings')}>
      <ItemList<FieldMapping> path="fieldMappings" noun="mapping" title={(m) => `${m.field} (${m.crm})`} create={newFieldMapping} empty="No mappings: Playcard reads the usual fields by itself.">
        {(p) => (
          <div class="pe-grid">
            <TextField path={`${p}.crm`} text={t.crm} />
            <FieldPicker path={`${p}.field`} text={t.field} />
            <LinesField path={`${p}.labels`} text={t.labels} optional rows={2} />
            <TextField path={`${p}.selector`} text={t.selector} optional />
          </div>
        )}
      </ItemList>
    </Section>
  );
}

export function AliasesSection() {
  const { issues, get } = useEditor();
  const t = FORM_TEXT.valueAlias;
  const items = (get('aliases') as ValueAlias[] | undefined) ?? [];
  return (
    <Section id="aliases" title="Value aliases" count={items.length} help='Different spellings of the same value, e.g. industry "Computer Software" = "Software".' invalid={sectionInvalid(issues, 'aliases')}>
      <ItemList<ValueAlias> path="aliases" noun="alias" title={(a) => `${a.field}: ${a.value}`} create={newValueAlias} empty="No aliases.">
        {(p) => (
          <div class="pe-grid">
            <FieldPicker path={`${p}.field`} text={t.field} />
            <TextField path={`${p}.value`} text={t.value} />
            <LinesField path={`${p}.synonyms`} text={t.synonyms} rows={2} />
          </div>
        )}
      </ItemList>
    </Section>
  );
}

export { summarize };
