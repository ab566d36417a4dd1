// Every store file of a data folder found damaged and recovered, wherever it was opened: the
// app's own stores, the accounts, each SP-API account's memory, the demo's story. One list, so
// the window's banner (`recoveries.get`) tells the user about each of them, not only the log.
import type { RecoveryFacts } from './recovery-message';

export interface RecoveryList {
  /** Notes the store's recovery, if opening it needed one; answers the store. */
  note<S extends { readonly recoveryFacts: RecoveryFacts | null }>(store: S): S;
  /** In the order the stores were opened. */
  facts(): readonly RecoveryFacts[];
}

export function createRecoveryList(): RecoveryList {
  const found: RecoveryFacts[] = [];
  return {
    note(store) {
      if (store.recoveryFacts) found.push(store.recoveryFacts);
      return store;
    },
    facts: () => found,
  };
}
