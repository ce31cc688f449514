// Task pane entry: waits for Office, then mounts the pane against the real Excel.
import { t } from '../i18n';
import { languageOf, officeEnvironment } from './environment';
import { mountPane } from './mount';

const root = document.getElementById('app');
if (root) {
  root.textContent = t('pane.waiting', languageOf(globalThis.navigator?.language));
  void Office.onReady(() => {
    root.textContent = '';
    mountPane(root, officeEnvironment());
  });
}
