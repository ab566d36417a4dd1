// Entry point. In Electron the preload has set `window.flagwatch`; in a plain browser the page
// connects to `flagwatch serve` itself. If that fails, the page says so in the browser's language.
// The base styles first: every view's own stylesheet comes after and builds on them.
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { messageOf } from '../main/core/error-message';
import { matchLocale } from '../main/core/i18n/locales';
import { createTranslator } from '../main/core/i18n/translator';
import { App } from './app/App';
import { Banner } from './app/Banner';
import { connectBrowserHost, MissingTokenError } from './host/browser-host';
import { loadCatalogue } from './i18n/load-catalogue';
import { createFlagwatchStore } from './state/flagwatch-store';

const root = createRoot(document.getElementById('root')!);

try {
  const { api, connection } = window.flagwatch
    ? { api: window.flagwatch, connection: null }
    : connectBrowserHost({ location: window.location, storage: window.sessionStorage, history: window.history });
  const store = createFlagwatchStore(api);
  connection?.onConnectionChange(store.getState().connectionChanged);
  root.render(
    <StrictMode>
      <App api={api} store={store} />
    </StrictMode>,
  );
} catch (error) {
  void showStartFailure(error);
}

async function showStartFailure(error: unknown): Promise<void> {
  const locale = matchLocale(navigator.languages);
  const i18n = createTranslator(locale, await loadCatalogue(locale));
  document.documentElement.lang = locale;
  root.render(
    <main className="content">
      <Banner title={i18n.t('window.startFailed')} tone="error">
        <p>{error instanceof MissingTokenError ? i18n.t('window.missingToken') : messageOf(error)}</p>
      </Banner>
    </main>,
  );
}
