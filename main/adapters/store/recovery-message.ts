// What the user is told after a damaged store file was moved aside: what happened, what they
// get back, what is lost, and where the damaged file went.

export interface RecoveryFacts {
  /** The store in the user's words: 'inbox', 'saved appeals'. */
  label: string;
  /** Why the file was rejected, completing "because ...". */
  reason: string;
  movedTo: string;
  /** restored, or why not: null when there was no backup, otherwise what was wrong with it. */
  backup: { restored: true } | { restored: false; problem: string | null };
  /** What starting from the defaults means for this store, completing "so ...". */
  startsOver: string;
}

export function recoveryMessage({ label, reason, movedTo, backup, startsOver }: RecoveryFacts): string {
  const what = `Flagwatch could not use your ${label} file because ${reason}.`;
  const outcome = backup.restored
    ? 'It restored the last good copy, taken when Flagwatch last opened the file; changes made after that are lost.'
    : backup.problem === null
      ? `There was no good copy to restore, so ${startsOver}.`
      : `Its backup copy could not be used either, because ${backup.problem}, so ${startsOver}.`;
  return `${what} ${outcome} The damaged file was kept as ${movedTo}.`;
}
