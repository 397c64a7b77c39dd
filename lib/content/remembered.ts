/**
 * The content script's side of remembered linked records (the runtime's `enrich` step): an account or person
 * page hands its own fields to the background; a page that links to accounts or persons asks what is remembered
 * of them and fills what it lacks (lib/remember/merge.ts). Only the background keeps anything, in memory.
 */
import type { MemoryRequest } from '../messages';
import { checkRecallReply } from '../checks';
import type { CrmRecord } from '../record';
import { recallableLinks, rememberable, withRemembered } from '../remember/merge';
import type { EnrichContext } from './runtime';

export interface MemoryMessaging {
  /** Sends one message to the background; resolves with its reply (undefined when there is none). */
  request(message: MemoryRequest): Promise<unknown>;
}

/**
 * The enrich step. Reads repeat on every change of the page: the same record is handed over once per page view
 * (again when what it shows changes), and the same links are asked about once per page view.
 */
export function rememberedRecords(messaging: MemoryMessaging): (record: CrmRecord, context: EnrichContext) => Promise<CrmRecord> {
  const handedOver = new WeakMap<AbortSignal, string>();
  const asked = new WeakMap<AbortSignal, { links: string; reply: Promise<unknown> }>();
  return async (record, { signal }) => {
    const own = rememberable(record);
    if (own) {
      const key = JSON.stringify(own);
      if (handedOver.get(signal) !== key) {
        handedOver.set(signal, key);
        void messaging.request({ type: 'remember', record: own }).catch(() => undefined);
      }
    }
    const links = recallableLinks(record);
    if (!links.length) return record;
    const linksKey = JSON.stringify(links);
    let question = asked.get(signal);
    if (question?.links !== linksKey) {
      question = { links: linksKey, reply: messaging.request({ type: 'recall', links }).catch(() => undefined) };
      asked.set(signal, question);
    }
    const reply = checkRecallReply(await question.reply);
    if (!reply || signal.aborted) return record;
    return withRemembered(record, reply.records);
  };
}
