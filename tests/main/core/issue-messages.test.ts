import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { loadEnglishIssueMessages } from '../../../main/core/issue-messages';

const Shape = z.strictObject({ read: z.boolean(), id: z.string().check(z.minLength(1)) });
const messagesOf = (value: unknown) => Shape.safeParse(value).error?.issues.map((i) => i.message);

describe('loadEnglishIssueMessages', () => {
  it('gives zod/mini’s issues zod’s English words, where without them each says only "Invalid input"', () => {
    z.config({ localeError: undefined });
    expect(messagesOf({ read: 'yes', id: '' })).toEqual(['Invalid input', 'Invalid input']);
    loadEnglishIssueMessages();
    expect(messagesOf({ read: 'yes', id: '', extra: 1 })).toEqual([
      'Invalid input: expected boolean, received string',
      'Too small: expected string to have >=1 characters',
      'Unrecognized key: "extra"',
    ]);
  });
});
