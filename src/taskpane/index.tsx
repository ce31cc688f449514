// Task pane entry: waits for Office, then mounts the pane against the real Excel.
import { t } from '../i18n';
import { languageOf, storedLanguage } from './language';
import { officeEnvironment } from './environment';
import { mountPane } from './mount';

const root = document.getElementById('app');
if (root) {
  root.textContent = t('pane.waiting', storedLanguage().load() ?? languageOf(globalThis.navigator?.language));
  void Office.onReady(() => {
    root.textContent = '';
    mountPane(root, officeEnvironment());
  });
}
