/** What enterprise policy sets for Playcard in this browser, if anything, and whether it is in force. */
import { t } from '../../lib/i18n';
import type { ManagedPolicy } from '../../lib/config/policy';
import type { ActivePlaybook } from '../../lib/storage/keys';

export function PolicyStatus({ policy, active }: { policy: ManagedPolicy; active: ActivePlaybook }) {
  const sets = [
    policy.playbook !== undefined && (active.origin === 'policy' ? t('options_policy_setsPlaybook') : t('options_policy_setsPlaybookInvalid')),
    policy.configUrl !== undefined && t('options_policy_setsConfigUrl', policy.configUrl),
    policy.locked && t('options_policy_setsLocked'),
  ].filter((item): item is string => typeof item === 'string');
  return (
    <section class="op-panel" aria-labelledby="op-policy-title" data-testid="policy-status">
      <h3 id="op-policy-title">{t('options_policy_title')}</h3>
      {sets.length === 0 && policy.problems.length === 0 ? (
        <p class="op-muted">{t('options_policy_none')}</p>
      ) : (
        <>
          <p>{t('options_policy_sets')}</p>
          <ul class="op-list">
            {sets.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {policy.problems.map((problem) => (
        <p key={problem} class="op-error">
          {problem}
        </p>
      ))}
    </section>
  );
}
