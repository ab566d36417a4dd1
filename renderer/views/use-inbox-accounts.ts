// The seller accounts the inbox knows: what a mailbox's notices, or a pasted notice, can be filed
// under.
import type { Account } from '../../preload/contract';
import { useFlagwatch } from '../app/store-context';

/** One empty list while the inbox loads: a fresh one per render would never settle. */
const noAccounts: readonly Account[] = [];

export function useInboxAccounts(): readonly Account[] {
  return useFlagwatch((s) => s.inbox?.accounts) ?? noAccounts;
}
