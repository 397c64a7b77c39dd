import type { FieldName } from '../../lib/record';

const FIELD_LABELS: Record<string, string> = {
  company: 'Company',
  industry: 'Industry',
  employees: 'Employees',
  annualRevenue: 'Annual revenue',
  country: 'Country',
  website: 'Website',
  fullName: 'Name',
  title: 'Title',
  email: 'Email',
  phone: 'Phone',
  dealName: 'Deal',
  stage: 'Stage',
  amount: 'Amount',
  closeDate: 'Close date',
  competitor: 'Competitor',
  leadSource: 'Lead source',
};

/** The name a rep reads for a field; custom fields show their key. */
export function fieldLabel(field: FieldName): string {
  return FIELD_LABELS[field] ?? field.replace(/^custom\./, '');
}
