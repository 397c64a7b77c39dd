/**
 * Each adapter's example addresses, exported beside it in its own file (`export const urlExamples`): adding a CRM
 * is one adapter file and one fixture folder. No bundle imports them, so the build leaves them out.
 */
import type { UrlExamples } from '../../lib/crm/types';

const modules = import.meta.glob<{ urlExamples?: UrlExamples; [name: string]: unknown }>('../../lib/crm/*.ts', { eager: true });

/** One adapter's examples, found in the module that exports the adapter; a test fails for an adapter that has none. */
export function urlExamples(adapterId: string): UrlExamples {
  for (const exports of Object.values(modules)) {
    const ownsAdapter = Object.values(exports).some((value) => (value as { id?: unknown } | null)?.id === adapterId && typeof (value as { detect?: unknown }).detect === 'function');
    if (ownsAdapter && exports.urlExamples) return exports.urlExamples;
  }
  throw new Error(`lib/crm has no urlExamples beside the ${adapterId} adapter`);
}
