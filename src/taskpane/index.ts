// Minimal task pane: says what the add-in is and whether Excel is ready. The full four-step
// pane (data, reference, run, results) replaces this in the add-in issue.
import { t } from '../i18n';
import type { Lang } from '../core/types';

function displayLanguage(): Lang {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const code = office?.context?.displayLanguage ?? navigator.language ?? 'da';
  return code.toLowerCase().startsWith('da') ? 'da' : 'en';
}

function render(root: HTMLElement, lang: Lang, ready: boolean): void {
  root.replaceChildren();
  const title = document.createElement('h1');
  title.textContent = t('pane.title', lang);
  const intro = document.createElement('p');
  intro.textContent = t('pane.intro', lang);
  const status = document.createElement('p');
  status.className = 'status';
  status.textContent = t(ready ? 'pane.ready' : 'pane.waiting', lang);
  root.append(title, intro, status);
}

const root = document.getElementById('app');
if (root) {
  render(root, displayLanguage(), false);
  const office = (globalThis as { Office?: typeof Office }).Office;
  void office?.onReady(() => render(root, displayLanguage(), true));
}
