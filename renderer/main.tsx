// Entry point. In Electron the preload has set `window.flagwatch`; in a plain browser the page
// connects to `flagwatch serve` itself.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { Banner } from './app/Banner';
import { connectBrowserHost } from './host/browser-host';
import { createFlagwatchStore } from './state/flagwatch-store';
import './styles/app.css';

const root = createRoot(document.getElementById('root')!);

try {
  const { api, connection } = window.flagwatch
    ? { api: window.flagwatch, connection: null }
    : connectBrowserHost(window.location);
  const store = createFlagwatchStore(api);
  connection?.onConnectionChange(store.getState().connectionChanged);
  root.render(
    <StrictMode>
      <App api={api} store={store} />
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <main className="content">
      <Banner title="Flagwatch cannot start" tone="error">
        <p>{error instanceof Error ? error.message : String(error)}</p>
      </Banner>
    </main>,
  );
}
