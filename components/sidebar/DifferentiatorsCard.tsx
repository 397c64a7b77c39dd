import type { SelectedDifferentiator } from '../../lib/scoring/select';
import { Card } from '../ui/Card';

export function DifferentiatorsCard({ differentiators, competitor }: { differentiators: SelectedDifferentiator[]; competitor?: string }) {
  return (
    <Card name="differentiators" title="Why us" summary={differentiators.length ? String(differentiators.length) : undefined}>
      {differentiators.length === 0 ? (
        <p class="pc-muted">No differentiators in the playbook apply here.</p>
      ) : (
        <ul class="pc-list">
          {differentiators.map(({ differentiator, reason }) => (
            <li key={differentiator.id} class="pc-diff" data-differentiator={differentiator.id} data-reason={reason}>
              <div class="pc-product__head">
                <strong>{differentiator.title}</strong>
                {reason === 'competitor' && competitor && <span class="pc-chip pc-chip--competitor">vs {competitor}</span>}
              </div>
              <p>{differentiator.detail}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
