// Renders the pane into an element with Fluent's light theme.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './components/App';
import type { PaneEnvironment } from './environment';

export function mountPane(element: HTMLElement, env: PaneEnvironment): Root {
  const root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <App env={env} />
    </FluentProvider>,
  );
  return root;
}
