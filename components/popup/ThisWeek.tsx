import { useState } from 'preact/hooks';
import { ACTIVITY_TIERS, emptyWeek, isoWeek, previousWeek, type ActivityStore } from '../../lib/rep/activity';
import { coachingPrompts, fallsBelow, metricCount, reviewWeek } from '../../lib/rep/weekly-review';
import { formatAverage, METRIC_LABEL, paceText, weekText } from '../../lib/rep/week-text';
import type { CoachingQuestion } from '../../lib/playbook/schema';
import { badgeFor } from '../../lib/scoring/tier';
import { formatNumber, t } from '../../lib/i18n';
import { tierDescription } from '../ui/Badge';

/** The share of the usual pace a count is marked at without a coaching question of its own ("well below"). */
const WELL_BELOW = 0.5;

interface ThisWeekProps {
  store: ActivityStore;
  now: Date;
  /** The manager's coaching questions from the playbook in force (none when it has none). */
  coaching?: readonly CoachingQuestion[];
  onReset: () => void;
  onExportCsv: () => void;
  /** Puts text on the clipboard; rejects when the browser refuses (the text is then shown to copy by hand). */
  onCopy?: (text: string) => Promise<void>;
}

const copyToClipboard = (text: string) => navigator.clipboard.writeText(text);

/**
 * Records reviewed, calls prepared and questions asked this week, against last week and the rep's own
 * four-week average, from local counters; the manager's coaching questions for counts well below it.
 */
export function ThisWeek({ store, now, coaching, onReset, onExportCsv, onCopy = copyToClipboard }: ThisWeekProps) {
  const [copied, setCopied] = useState<{ text: string; ok: boolean } | undefined>(undefined);
  const thisWeek = store[isoWeek(now)] ?? emptyWeek();
  const lastWeek = store[previousWeek(now)] ?? emptyWeek();
  const review = reviewWeek(store, now);
  const prompts = coachingPrompts(review, coaching);
  const max = Math.max(1, ...ACTIVITY_TIERS.flatMap((tier) => [thisWeek.reviewed[tier], lastWeek.reviewed[tier]]));
  const ids = { recordsReviewed: 'reviewed', goodFitReviewed: 'good-fit', callsPrepared: 'calls', questionsAsked: 'questions' } as const;
  const copy = () => {
    const text = weekText(review, prompts);
    onCopy(text).then(
      () => setCopied({ text, ok: true }),
      () => setCopied({ text, ok: false }),
    );
  };
  return (
    <section class="pp-section" data-testid="popup-week" aria-labelledby="pp-week-title">
      <h2 id="pp-week-title">{t('popup_weekTitle')}</h2>
      <table class="pp-week">
        <thead>
          <tr>
            <th scope="col">
              <span class="pp-visually-hidden">{t('popup_measure')}</span>
            </th>
            <th scope="col">{t('popup_thisWeek')}</th>
            <th scope="col">{t('popup_lastWeek')}</th>
            <th scope="col">{t('popup_average')}</th>
          </tr>
        </thead>
        <tbody>
          {review.metrics.map((metric) => {
            const id = ids[metric.metric];
            const below = prompts.some((p) => p.metric.metric === metric.metric) || fallsBelow(review, metric, WELL_BELOW);
            return (
              <tr key={id} class={below ? 'pp-below' : undefined} data-below={below ? 'true' : undefined}>
                <th scope="row">{t(METRIC_LABEL[metric.metric])}</th>
                <td data-testid={`week-${id}`}>
                  {below && (
                    <span class="pp-below-mark" title={paceText(metric)}>
                      <span aria-hidden="true">▼ </span>
                      <span class="pp-visually-hidden">{`${t('popup_belowUsual')}: `}</span>
                    </span>
                  )}
                  {formatNumber(metric.thisWeek)}
                </td>
                <td data-testid={`week-${id}-last`}>{formatNumber(metricCount(lastWeek, metric.metric))}</td>
                <td data-testid={`week-${id}-average`}>{metric.average === undefined ? '—' : formatAverage(metric.average)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class="pp-muted pp-note" data-testid="week-average-note">
        {review.historyWeeks >= 2 ? t('popup_averageNote', formatNumber(review.historyWeeks)) : t('popup_noHistory')}
      </p>
      {prompts.length > 0 && (
        <section class="pp-coaching" data-testid="week-coaching" aria-labelledby="pp-coaching-title">
          <h3 id="pp-coaching-title">{t('popup_coachingTitle')}</h3>
          <ul>
            {prompts.map(({ question, metric }) => (
              <li key={question.id} data-coaching={question.id}>
                <span class="pp-coaching-question">{question.question}</span>
                <span class="pp-muted pp-coaching-why">
                  {t('popup_coachingWhy', t(METRIC_LABEL[metric.metric]), formatNumber(metric.thisWeek), paceText(metric))}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Records reviewed by tier: the tier in words, a bar and its number, last week's number beside it. */}
      <table class="pp-week pp-tiers" data-testid="week-tiers">
        <caption class="pp-visually-hidden">{t('popup_byTier')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('popup_byTier')}</th>
            <th scope="col">{t('popup_thisWeek')}</th>
            <th scope="col">{t('popup_lastWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {ACTIVITY_TIERS.map((tier) => (
            <tr key={tier} data-tier={tier}>
              <th scope="row">{tierDescription(tier)}</th>
              <td class="pp-bar-cell">
                {thisWeek.reviewed[tier] > 0 && (
                  <span class="pp-bar" aria-hidden="true" style={{ width: `${(thisWeek.reviewed[tier] / max) * 70}%`, background: badgeFor(tier).color }} />
                )}
                <span data-testid={`week-tier-${tier}`}>{formatNumber(thisWeek.reviewed[tier])}</span>
              </td>
              <td data-testid={`week-tier-${tier}-last`}>{formatNumber(lastWeek.reviewed[tier])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="pp-muted">{t('popup_localOnly')}</p>
      <div class="pp-row">
        <button type="button" data-testid="week-copy" onClick={copy}>
          {t('popup_copyWeek')}
        </button>
        <button type="button" data-testid="week-csv" onClick={onExportCsv}>
          {t('popup_exportCsv')}
        </button>
        <button type="button" data-testid="week-reset" onClick={onReset}>
          {t('popup_reset')}
        </button>
      </div>
      <p role="status" class={copied?.ok === false ? 'pp-error' : 'pp-muted'} data-testid="week-copy-status">
        {copied ? (copied.ok ? t('popup_copied') : t('popup_copyFailed')) : ''}
      </p>
      {copied && (
        <label class="pp-copy">
          <span class="pp-visually-hidden">{t('popup_copyWeek')}</span>
          <textarea readOnly rows={Math.min(12, copied.text.split('\n').length)} data-testid="week-copy-text" value={copied.text} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}
