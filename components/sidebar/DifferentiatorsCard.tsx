import { formatNumber, t, tn } from '../../lib/i18n';
import type { SelectedDifferentiator } from '../../lib/scoring/select';
import { Card } from '../ui/Card';

export function DifferentiatorsCard({ differentiators, competitor }: { differentiators: SelectedDifferentiator[]; competitor?: string }) {
  return (
    <Card
      name="differentiators"
      title={t('sidebar_whyUsTitle')}
      summary={differentiators.length ? formatNumber(differentiators.length) : undefined}
      summaryLabel={tn('sidebar_differentiatorCount', differentiators.length)}
    >
      {differentiators.length === 0 ? (
        <p class="pc-muted">{t('sidebar_noDifferentiators')}</p>
      ) : (
        <ul class="pc-list">
          {differentiators.map(({ differentiator, reason }) => (
            <li key={differentiator.id} class="pc-diff" data-differentiator={differentiator.id} data-reason={reason}>
              <div class="pc-product__head">
                <strong>{differentiator.title}</strong>
                {reason === 'competitor' && competitor && <span class="pc-chip pc-chip--competitor">{t('sidebar_versus', competitor)}</span>}
              </div>
              <p>{differentiator.detail}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
