// What the user is told after a damaged store file was moved aside: what happened, what they
// get back, what is lost, and where the damaged file went. Kept as facts, so the words can be
// given in whatever language the app speaks when the user is told (English in the log).
import type { StoreRecovery } from '../../../preload/contract';
import { translatorFor } from '../../core/i18n/catalogues';
import type { MessageKey } from '../../core/i18n/catalogue';
import type { MessageValues, Translator } from '../../core/i18n/translator';

/** Why a file (or its backup) was rejected: a catalogue message completing "because ...". */
export interface Rejection {
  key: MessageKey;
  values?: MessageValues;
}

export interface RecoveryFacts {
  file: string;
  /** The store in the user's words: 'inbox', 'saved appeals'. */
  label: MessageKey;
  reason: Rejection;
  movedTo: string;
  /** restored, or why not: null when there was no backup, otherwise what was wrong with it. */
  backup: { restored: true } | { restored: false; problem: Rejection | null };
  /** What starting from the defaults means for this store, completing "so ...". */
  startsOver: MessageKey;
}

export const english = translatorFor('en');

export function rejectionText({ key, values }: Rejection, t: Translator): string {
  return t.t(key, values);
}

export function recoveryMessage({ label, reason, movedTo, backup, startsOver }: RecoveryFacts, t: Translator): string {
  const what = t.t('store.recovery.what', { label: t.t(label), reason: rejectionText(reason, t) });
  const outcome = backup.restored
    ? t.t('store.recovery.restored')
    : backup.problem === null
      ? t.t('store.recovery.noBackup', { startsOver: t.t(startsOver) })
      : t.t('store.recovery.badBackup', { problem: rejectionText(backup.problem, t), startsOver: t.t(startsOver) });
  // Chinese sentences need no space between them.
  const gap = t.locale === 'zh-CN' ? '' : ' ';
  const kept = reason.key === 'store.reason.newer' ? 'store.recovery.keptNewerAs' : 'store.recovery.keptAs';
  return [what, outcome, t.t(kept, { movedTo })].join(gap);
}

/** The recovery as the window and the log get it, worded in `t`'s language. */
export function storeRecovery(facts: RecoveryFacts, t: Translator): StoreRecovery {
  return {
    file: facts.file,
    movedTo: facts.movedTo,
    restoredFromBackup: facts.backup.restored,
    message: recoveryMessage(facts, t),
  };
}
