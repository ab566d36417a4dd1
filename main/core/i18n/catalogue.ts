// The message catalogues, one per locale, each assembled from one file per area. English is the
// reference: its keys are the keys, and every other language must have exactly the same ones
// (a missing or extra key is a compile error here and a failing test).
import { en } from './messages/en';

export type Catalogue = typeof en;
export type MessageKey = keyof Catalogue;

/** Another language's file for one area: the same keys as the English one, each a string. */
export type TranslationOf<T> = { readonly [K in keyof T]: string };

export function isMessageKey(catalogue: Readonly<Record<string, string>>, key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}
