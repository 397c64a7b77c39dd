import type { CallPrep as CallPrepModel } from '../../lib/call-prep';
import { TIER_DESCRIPTIONS, TierBadge } from '../ui/Badge';
import type { FitTier } from '../../lib/scoring/fit';

interface CallPrepProps {
  prep: CallPrepModel;
  onToggleAsked?: (questionId: string, asked: boolean) => void;
  onCopy: (format: 'text' | 'markdown') => void;
  copyStatus?: string;
  onClose: () => void;
}

/** The four-minutes-before-the-call view: everything for this call on one screen, and notes to copy. */
export function CallPrep({ prep, onToggleAsked, onCopy, copyStatus, onClose }: CallPrepProps) {
  const tier = prep.tier as FitTier;
  return (
    <section class="pc-prep" data-view="call-prep" aria-labelledby="pc-prep-title">
      <div class="pc-prep__head">
        <h2 id="pc-prep-title">Call prep: {prep.title}</h2>
        <button type="button" class="pc-icon-button" data-action="back" onClick={onClose}>
          Back to cards
        </button>
      </div>
      <p class="pc-prep__fit">
        <TierBadge tier={tier} /> <strong>{prep.score ?? '–'}</strong>/100 · {TIER_DESCRIPTIONS[tier]}
        {prep.disqualifiedBy && <span class="pc-alert"> · Disqualified: {prep.disqualifiedBy}</span>}
      </p>
      <div class="pc-prep__cols">
        <div>
          <h3>Why they fit</h3>
          <ul class="pc-list pc-prep__reasons">{prep.reasonsFor.length ? prep.reasonsFor.map((r) => <li key={r}>✓ {r}</li>) : <li class="pc-muted">Nothing matched yet</li>}</ul>
        </div>
        <div>
          <h3>Watch out</h3>
          <ul class="pc-list pc-prep__reasons">{prep.reasonsAgainst.length ? prep.reasonsAgainst.map((r) => <li key={r}>✗ {r}</li>) : <li class="pc-muted">No misses</li>}</ul>
        </div>
      </div>
      <h3>Ask</h3>
      <ol class="pc-questions">
        {prep.questions.map(({ question }) => (
          <li key={question.id} class="pc-question" data-question={question.id}>
            <label>
              <input type="checkbox" onChange={(event) => onToggleAsked?.(question.id, (event.currentTarget as HTMLInputElement).checked)} />
              <span class="pc-question__text">{question.text}</span>
            </label>
          </li>
        ))}
      </ol>
      {prep.leadWith.length > 0 && (
        <>
          <h3>Lead with</h3>
          <ul class="pc-list">
            {prep.leadWith.map(({ product }) => (
              <li key={product.id}>
                <strong>{product.name}</strong>: {product.pitch}
              </li>
            ))}
          </ul>
        </>
      )}
      {prep.doNotDiscount.length > 0 && (
        <>
          <h3>Never discount</h3>
          <ul class="pc-list">
            {prep.doNotDiscount.map(({ product }) => (
              <li key={product.id} class="pc-note">
                {product.name}: {product.note ?? 'use it to open the door, never discount it further'}
              </li>
            ))}
          </ul>
        </>
      )}
      {prep.whyUs.length > 0 && (
        <>
          <h3>Why us</h3>
          <ul class="pc-list">
            {prep.whyUs.map(({ differentiator }) => (
              <li key={differentiator.id}>
                <strong>{differentiator.title}</strong>: {differentiator.detail}
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="pc-actions">
        <button type="button" class="pc-button" data-copy="text" onClick={() => onCopy('text')}>
          Copy as notes
        </button>
        <button type="button" class="pc-icon-button" data-copy="markdown" onClick={() => onCopy('markdown')}>
          Copy as Markdown
        </button>
        <span class="pc-muted" role="status">
          {copyStatus}
        </span>
      </div>
    </section>
  );
}
