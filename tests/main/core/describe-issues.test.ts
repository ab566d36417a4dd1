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

  it('says nothing of more at exactly five issues, and joins a nested path with dots', () => {
    const five = z.array(z.object({ n: z.number() })).safeParse(['a', 'b', 'c', 'd', { n: 'e' }]);
    const text = describeIssues('list', five.error!);
    expect(text).not.toMatch(/more/);
    expect(text).toMatch(/; 4\.n: Invalid input: expected number, received string$/);
  });

  it('keeps an issue of up to 160 characters whole and cuts a longer one to 160 with an ellipsis', () => {
    const issue = (length: number) =>
      new z.ZodError([{ code: 'custom', path: ['x'], message: 'm'.repeat(length - 3), input: null }]);
    expect(describeIssues('c', issue(160))).toBe(`c: x: ${'m'.repeat(157)}`);
    expect(describeIssues('c', issue(161))).toBe(`c: x: ${'m'.repeat(156)}…`);
  });

  it('keeps an issue that lists thousands of unknown keys short', () => {
    const keys = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`key${i}`, i]));
    const text = describeIssues('inbox.get', issuesOf({ read: true, id: 'n1', ...keys }));
    expect(text.length).toBeLessThan(200);
    expect(text).toMatch(/^inbox\.get: \(payload\): Unrecognized keys: "key0", "key1".*…$/);
  });
});
