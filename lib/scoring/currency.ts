/**
 * Money the page writes in another currency than the playbook's figures: a ₹ 45 crore revenue or a ¥ deal is not
 * a number to hold against dollar thresholds. Such a field is left out of every comparison (so criteria on it are
 * unknown, never met or missed by a factor of 80) and the cards say why. No conversion: rates change, and a
 * playbook's thresholds are a manager's judgement in one currency.
 */
import { currencyMarkIn } from '../currency';
import type { CrmRecord, FieldName } from '../record';

/** Fields whose playbook figures are money, in the playbook's `currency`. */
const MONEY_FIELDS: readonly FieldName[] = ['amount', 'annualRevenue'];

export interface OtherCurrency {
  /** The playbook's currency (ISO 4217). */
  playbook: string;
  /** Each money field written in another currency, with its mark as the page wrote it (`₹`, `EUR`). */
  fields: Partial<Record<FieldName, string>>;
}

/** Undefined when the playbook names no currency or every money field is in it (or carries no mark at all). */
export function moneyInOtherCurrency(fields: CrmRecord['fields'], currency: string | undefined): OtherCurrency | undefined {
  if (!currency) return undefined;
  const other: OtherCurrency['fields'] = {};
  for (const field of MONEY_FIELDS) {
    const reading = fields[field];
    const mark = reading && currencyMarkIn(reading.raw);
    if (mark && !mark.codes.includes(currency)) other[field] = mark.text;
  }
  return Object.keys(other).length ? { playbook: currency, fields: other } : undefined;
}
