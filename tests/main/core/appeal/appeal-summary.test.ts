import { describe, expect, it } from 'vitest';
import { appealSummary } from '../../../../main/core/appeal/appeal-summary';
import { newAppeal } from '../../../../main/core/appeal/new-appeal';
import { saveVersion } from '../../../../main/core/appeal/versions';
import { inboxItem } from '../../../support/fixtures';

const now = '2026-11-02T10:00:00.000Z';

describe('appealSummary', () => {
  it("names an appeal by its notification's title and runs its clock from the notification", () => {
    const notification = inboxItem({
      title: 'Late Shipment Rate above target',
      occurredAt: '2026-11-01T08:00:00.000Z',
    });
    const appeal = newAppeal({ id: 'a1', now, language: 'en', notification });
    expect(appealSummary(appeal, notification)).toEqual({
      id: 'a1',
      notificationId: notification.id,
      accountId: 'acct-1',
      marketplaceId: notification.marketplaceId,
      title: 'Late Shipment Rate above target',
      language: 'en',
      status: 'draft',
      attemptsUsed: 0,
      attemptLimit: 2,
      deadline: '2026-11-18T08:00:00.000Z',
      updatedAt: now,
    });
  });

  it('names a blank appeal by the first words of what Amazon said, cut at a word', () => {
    const blank = newAppeal({ id: 'a2', now, language: 'en' });
    expect(appealSummary(blank, undefined).title).toBe('');
    const words = 'Your account is at risk of deactivation because of customer complaints about the condition of items';
    const pasted = saveVersion(
      blank,
      { ...blank.versions[0]!.content, amazon: { ...blank.versions[0]!.content.amazon, text: `${words}\nmore` } },
      now,
    );
    const title = appealSummary(pasted, undefined).title;
    expect(title).toBe('Your account is at risk of deactivation because of customer complaints about…');
  });
  it('keeps a first line of 80 characters whole, leading spaces aside, and cuts a long word hard', () => {
    const blank = newAppeal({ id: 'a3', now, language: 'en' });
    const titled = (text: string) =>
      appealSummary(
        saveVersion(
          blank,
          { ...blank.versions[0]!.content, amazon: { ...blank.versions[0]!.content.amazon, text } },
          now,
        ),
        undefined,
      ).title;
    const eighty = `${'a'.repeat(39)} ${'b'.repeat(40)}`;
    expect(titled(`   ${eighty}`)).toBe(eighty);
    expect(titled(`${'a'.repeat(40)} ${'b'.repeat(45)}`)).toBe(`${'a'.repeat(40)} ${'b'.repeat(39)}…`);
    expect(titled(`${'a'.repeat(41)} ${'b'.repeat(45)}`)).toBe(`${'a'.repeat(41)}…`);
  });
});
