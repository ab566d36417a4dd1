import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../../main/core/describe-issues';

const Shape = z.object({ read: z.boolean(), id: z.string() }).strict();

function issuesOf(value: unknown): z.ZodError {
  const result = Shape.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error;
}

describe('describeIssues', () => {
  it('names each bad field with its path, in one line', () => {
    expect(describeIssues('notification.setRead', issuesOf({ read: 'yes', id: 'n1' }))).toBe(
      'notification.setRead: read: Invalid input: expected boolean, received string',
    );
  });

  it('names at most five issues, and says how many more there were', () => {
    const many = z.array(z.number()).safeParse(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const text = describeIssues('list', many.error!);
    expect(text.match(/expected number/g)).toHaveLength(5);
    expect(text).toMatch(/; and 2 more$/);
  });

  it('keeps an issue that lists thousands of unknown keys short', () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`key${i}`, i]));
    const text = describeIssues('inbox.get', issuesOf({ read: true, id: 'n1', ...keys }));
    expect(text.length).toBeLessThan(200);
    expect(text).toMatch(/^inbox\.get: \(payload\): Unrecognized keys: "key0", "key1".*…$/);
  });
});
