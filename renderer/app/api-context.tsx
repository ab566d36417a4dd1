// Hands the bridge to the views, the same way for all of them, so a test gives each its own.
import { createContext, useContext, type ReactNode } from 'react';
import type { FlagwatchApi } from '../../preload/contract';

const ApiContext = createContext<FlagwatchApi | null>(null);

export function ApiProvider({ api, children }: { api: FlagwatchApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The host's commands and events (`window.flagwatch`). */
export function useApi(): FlagwatchApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi must be used inside <ApiProvider>');
  return api;
}
