import type { CallPrep as CallPrepModel } from '../../lib/scoring/call-prep';
import { formatNumber, t } from '../../lib/i18n';
import { TierBadge, tierDescription } from '../ui/Badge';
import { fieldLabel } from './field-labels';
import { percent } from './FitCard';

interface CallPrepProps {
  prep: CallPrepModel;
  onToggleAsked?: (questionId: string, asked: boolean) => void;
  onCopy: (format: 'text' | 'markdown') => void;
  copyStatus?: string;
  onClose: () => void;
}

/** The four-minutes-before-the-call view: everything for this call on one screen, and notes to copy. */
export function CallPrep({ prep, onToggleAsked, onCopy, copyStatus, onClose }: CallPrepProps) {
  const { tier, counts } = prep;
  const watch = prep.reasonsAgainst.length + prep.unknowns.length;
  return (
    <section class="pc-prep" data-view="call-prep" data-tier={tier} aria-labelledby="pc-prep-title">
      <div class="pc-prep__head">
        <h2 id="pc-prep-title">{t('callPrep_title', prep.title)}</h2>
        <button type="button" class="pc-icon-button" data-action="back" onClick={onClose}>
          {t('callPrep_back')}
        </button>
      </div>
      <div class="pc-actions pc-prep__actions">
        <button type="button" class="pc-button" data-copy="text" onClick={() => onCopy('text')}>
          {t('callPrep_copyText')}
        </button>
        <button type="button" class="pc-icon-button" data-copy="markdown" onClick={() => onCopy('markdown')}>
          {t('callPrep_copyMarkdown')}
        </button>
        <span class="pc-muted" role="status">
          {copyStatus}
        </span>
      </div>
      {prep.facts.length > 0 && (
        <dl class="pc-facts" aria-label={t('callPrep_dealFacts')} data-facts="deal">
          {prep.facts.map(({ field, raw }) => (
            <div key={field} style={{ display: 'contents' }} data-fact={field}>
              <dt>{fieldLabel(field)}</dt>
              <dd>{raw}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="pc-prep__fit">
        {tier === 'unknown' ? (
          <>
            <TierBadge tier={tier} /> <strong>{t('sidebar_criteriaKnown', formatNumber(counts.known), formatNumber(counts.total))}</strong> ·{' '}
            {t('sidebar_coverageBasis', percent(prep.coverage))}
          </>
        ) : (
          <>
            <TierBadge tier={tier} /> <strong>{prep.score === null ? '–' : formatNumber(prep.score)}</strong>/100 · {tierDescription(tier)}
            {counts.known < counts.total && tier !== 'disqualified' && <> · {t('sidebar_criteriaKnown', formatNumber(counts.known), formatNumber(counts.total))}</>}
          </>
        )}
        {prep.disqualifiedBy && <span class="pc-alert"> · {t('sidebar_disqualifiedBy', prep.disqualifiedBy)}</span>}
      </p>
      <div class="pc-prep__cols">
        <div>
          <h3>{t('callPrep_whyTheyFit')}</h3>
          <ul class="pc-list pc-prep__reasons">
            {prep.reasonsFor.length ? prep.reasonsFor.map((r) => <li key={r}>✓ {r}</li>) : <li class="pc-muted">{t('callPrep_nothingMatched')}</li>}
          </ul>
        </div>
        <div>
          <h3>{t('callPrep_watchOut')}</h3>
          <ul class="pc-list pc-prep__reasons">
            {prep.reasonsAgainst.map((r) => (
              <li key={r} data-outcome="miss">
                ✗ {r}
              </li>
            ))}
            {prep.unknowns.map((r) => (
              <li key={r} data-outcome="unknown">
                <span aria-hidden="true">? </span>
                {t('callPrep_unknownCriterion', r)}
              </li>
            ))}
            {watch === 0 && <li class="pc-muted">{t('callPrep_noMisses')}</li>}
          </ul>
        </div>
      </div>
      <h3>{t('callPrep_ask')}</h3>
      <ol class="pc-questions">
        {prep.questions.map(({ question, asked }) => (
          <li key={question.id} class={asked ? 'pc-question pc-question--asked' : 'pc-question'} data-question={question.id}>
            <label>
              <input type="checkbox" checked={asked} onChange={(event) => onToggleAsked?.(question.id, (event.currentTarget as HTMLInputElement).checked)} />
              <span class="pc-question__text">{question.text}</span>
            </label>
          </li>
        ))}
      </ol>
      {prep.leadWith.length > 0 && (
        <>
          <h3>{t('callPrep_leadWith')}</h3>
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
          <h3>{t('callPrep_neverDiscount')}</h3>
          <ul class="pc-list">
            {prep.doNotDiscount.map(({ product }) => (
              <li key={product.id} class="pc-note">
                {product.name}: {product.note ?? t('callPrep_lossLeaderNote')}
              </li>
            ))}
          </ul>
        </>
      )}
      {prep.whyUs.length > 0 && (
        <>
          <h3>{t('callPrep_whyUs')}</h3>
          <ul class="pc-list">
            {prep.whyUs.map(({ differentiator }) => (
              <li key={differentiator.id}>
                <strong>{differentiator.title}</strong>: {differentiator.detail}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
