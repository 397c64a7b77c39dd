import { refreshActivePlaybook } from '../lib/active-playbook';
import { localPlaybookItem } from '../lib/storage';

export default defineBackground(() => {
  // Content scripts read only the resolved playbook; keep it current on install, start and every edit.
  browser.runtime.onInstalled.addListener(() => void refreshActivePlaybook());
  browser.runtime.onStartup.addListener(() => void refreshActivePlaybook());
  localPlaybookItem.watch(() => void refreshActivePlaybook());
});
