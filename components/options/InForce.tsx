/** One line under the page title, on every place: which playbook reps get now, and from where. */
import type { ActivePlaybook } from '../../lib/storage/keys';
import { sourceName } from './Distribution';
import { richText } from './rich-text';

export function InForce({ active }: { active: ActivePlaybook }) {
  return (
    <p class="op-in-force" data-testid="in-force">
      {richText(
        'options_inForce',
        <strong data-testid="in-force-name">{active.playbook.name}</strong>,
        <span data-testid="in-force-version">{active.playbook.version}</span>,
        <a href="#distribution">{sourceName(active.origin)}</a>,
      )}
    </p>
  );
}
