// Every save is a version, so nothing written is lost and any two can be compared. Saving the
// same content again adds nothing; restoring an old version saves it again as the newest, so the
// versions after it stay too.
import type { Appeal, AppealContent, AppealVersion } from './appeal-schema';

export function currentVersion(appeal: Appeal): AppealVersion {
  return appeal.versions.at(-1)!;
}

export function currentContent(appeal: Appeal): AppealContent {
  return currentVersion(appeal).content;
}

export function versionNumbered(appeal: Appeal, n: number): AppealVersion | undefined {
  return appeal.versions.find((version) => version.n === n);
}

/** The appeal with `content` as its newest version; the same appeal object when nothing changed. */
export function saveVersion(appeal: Appeal, content: AppealContent, now: string): Appeal {
  const current = currentVersion(appeal);
  if (sameContent(current.content, content)) return appeal;
  return {
    ...appeal,
    updatedAt: now,
    versions: [...appeal.versions, { n: current.n + 1, savedAt: now, content: structuredClone(content) }],
  };
}

/** Version `n` saved again as the newest; throws for a version the appeal does not have. */
export function restoreVersion(appeal: Appeal, n: number, now: string): Appeal {
  const version = versionNumbered(appeal, n);
  if (!version) throw new RangeError(`appeal ${appeal.id} has no version ${n}`);
  return saveVersion(appeal, version.content, now);
}

/**
 * The version submitted with the last rejected attempt: what a revision is compared against.
 * Undefined when no attempt was rejected.
 */
export function rejectedVersion(appeal: Appeal): AppealVersion | undefined {
  const rejected = appeal.attempts.findLast((attempt) => attempt.answer?.kind === 'rejected');
  return rejected && versionNumbered(appeal, rejected.version);
}

function sameContent(a: AppealContent, b: AppealContent): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with every object's keys sorted: evidence is keyed by item id, in whatever order it was ticked. */
function canonical(content: AppealContent): string {
  return JSON.stringify(content, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : value,
  );
}
