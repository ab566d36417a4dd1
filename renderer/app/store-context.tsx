// Hands the store to the views without a module-level singleton, so every test gets its own.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { FlagwatchState, FlagwatchStore } from '../state/flagwatch-store';

const StoreContext = createContext<FlagwatchStore | null>(null);

export function StoreProvider({ store, children }: { store: FlagwatchStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Select from the store; pick raw fields and derive with useMemo, so every render gets the same snapshot. */
export function useFlagwatch<T>(selector: (state: FlagwatchState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useFlagwatch must be used inside <StoreProvider>');
  return useStore(store, selector);
}
