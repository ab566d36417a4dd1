// The seller account and marketplace a form files something under (a mailbox's notices, a pasted
// notice): the ones chosen, or, until the seller chooses, the first account and its first
// marketplace. An account the inbox does not know (yet) stays chosen with its marketplace, rather
// than being swapped for another behind the seller's back.
import type { Account } from '../../preload/contract';

export interface Place {
  /** Empty: not chosen yet. */
  accountId: string;
  /** Empty: not chosen yet, or not one of the account's. */
  marketplaceId: string;
}

export interface PlaceChosen extends Place {
  /** What the marketplace can be: the account's, or the kept one of an account the inbox does not know. */
  marketplaceIds: readonly string[];
  /** Whether the inbox knows the account. */
  known: boolean;
}

/** The place to file under; its `accountId` is empty only when there is no account to choose. */
export function placeChosen(accounts: readonly Account[], wanted: Place): PlaceChosen {
  const account = accounts.find((a) => a.id === wanted.accountId) ?? (wanted.accountId ? undefined : accounts[0]);
  const marketplaceIds = account?.marketplaceIds ?? (wanted.marketplaceId ? [wanted.marketplaceId] : []);
  return {
    accountId: wanted.accountId || (account?.id ?? ''),
    marketplaceId: marketplaceIds.includes(wanted.marketplaceId) ? wanted.marketplaceId : (marketplaceIds[0] ?? ''),
    marketplaceIds,
    known: account !== undefined,
  };
}
