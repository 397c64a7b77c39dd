/**
 * Checks from the playbook guide: things that do not make a playbook invalid (Save still works) but
 * leave a rep without help: a product no differentiator argues for, a door opener (loss leader) that
 * does not say why it is one, an ICP field no question can fill, a field no CRM reader can read.
 * Each warning carries the path of the control to fix, so the editor can link to it.
 */
import { t, type MessageKey } from '../i18n';
import { CANONICAL_FIELDS, type FieldName } from '../record';
import type { Condition, Playbook, ValidationIssue } from './schema';

const CANONICAL: ReadonlySet<string> = new Set(CANONICAL_FIELDS);

/**
 * The fields some supported CRM can read: every canonical field (the adapters and the label tables in
 * lib/extract/labels.ts read each of them, test/unit/guide.test.ts checks it) and the custom fields the
 * playbook's own field mappings read.
 */
export function readableFields(playbook: Pick<Playbook, 'fieldMappings'>): ReadonlySet<FieldName> {
  return new Set<FieldName>([...CANONICAL_FIELDS, ...playbook.fieldMappings.map((m) => m.field)]);
}

/** A field's name as the form shows it: canonical fields by their label, custom ones by their key. */
export function fieldName(field: FieldName): string {
  return CANONICAL.has(field) ? t(`field_${field}` as MessageKey) : field.replace(/^custom\./, '');
}

/** Each field a condition tests, once, with the path of the first test that names it. */
export function conditionLeaves(condition: Condition, path: string): { field: FieldName; path: string }[] {
  const found = new Map<FieldName, string>();
  const visit = (c: Condition, at: string) => {
    if ('all' in c) c.all.forEach((part, i) => visit(part, `${at}.all.${i}`));
    else if ('any' in c) c.any.forEach((part, i) => visit(part, `${at}.any.${i}`));
    else if ('not' in c) visit(c.not, `${at}.not`);
    else if (!found.has(c.field)) found.set(c.field, `${at}.field`);
  };
  visit(condition, path);
  return [...found].map(([field, at]) => ({ field, path: at }));
}

export function guideChecks(playbook: Playbook): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];

  const named = new Set(playbook.differentiators.flatMap((d) => d.products ?? []));
  playbook.products.forEach((product, index) => {
    if (!named.has(product.id)) warnings.push({ path: `products.${index}.name`, message: t('editor_guide_product_no_differentiator', product.name) });
    if (product.priority === 'loss-leader' && !product.note?.trim()) {
      warnings.push({ path: `products.${index}.note`, message: t('editor_guide_loss_leader_why', product.name) });
    }
  });

  const asked = new Set(playbook.questions.flatMap((q) => q.fills ?? []));
  const readable = readableFields(playbook);
  playbook.icp.criteria.forEach((criterion, index) => {
    for (const { field, path } of conditionLeaves(criterion.when, `icp.criteria.${index}.when`)) {
      if (!readable.has(field)) warnings.push({ path, message: t('editor_guide_field_unreadable', criterion.label, fieldName(field)) });
      if (!asked.has(field)) warnings.push({ path, message: t('editor_guide_field_not_asked', criterion.label, fieldName(field)) });
    }
  });
  return warnings;
}
