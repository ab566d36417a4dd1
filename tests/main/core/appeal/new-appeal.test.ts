import { describe, expect, it } from 'vitest';
import { AppealSchema } from '../../../../main/core/appeal/appeal-schema';
import { linkNotification, newAppeal } from '../../../../main/core/appeal/new-appeal';
import { currentContent } from '../../../../main/core/appeal/versions';
import { inboxItem } from '../../../support/fixtures';

const now = '2026-03-01T09:00:00.000Z';

describe('newAppeal', () => {
  it('starts a blank appeal with one empty version, valid against the schema', () => {
    const blank = newAppeal({ id: 'a1', now, language: 'zh-CN' });
    expect(AppealSchema.parse(blank)).toEqual(blank);
    expect(blank).toMatchObject({ notificationId: null, language: 'zh-CN', attempts: [] });
    expect(blank.versions.map((v) => v.n)).toEqual([1]);
  });

  it('fills what Amazon said from a notification', () => {
    const notification = inboxItem();
    const started = newAppeal({ id: 'a1', now, language: 'en', notification });
    expect(started).toMatchObject({
      notificationId: notification.id,
      accountId: notification.accountId,
      marketplaceId: notification.marketplaceId,
    });
    expect(currentContent(started).amazon).toEqual({
      text: notification.text,
      policy: notification.policy ?? '',
      asins: notification.asins,
      metric: notification.metric,
      noticeAt: notification.occurredAt,
      deadline: notification.deadline,
    });
  });
});

describe('linkNotification', () => {
  it('links a blank appeal later, keeping a text the seller pasted, as a new version', () => {
    const notification = inboxItem();
    const blank = newAppeal({ id: 'a1', now, language: 'en' });
    const pasted = {
      ...blank,
      versions: [
        {
          ...blank.versions[0]!,
          content: {
            ...blank.versions[0]!.content,
            amazon: { ...blank.versions[0]!.content.amazon, text: 'Pasted by the seller', asins: ['B0PASTED00'] },
          },
        },
      ],
    };
    const linked = linkNotification(pasted, notification, '2026-03-02T09:00:00.000Z');
    expect(linked.notificationId).toBe(notification.id);
    expect(linked.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(currentContent(linked).amazon.text).toBe('Pasted by the seller');
    expect(currentContent(linked).amazon.asins).toEqual(['B0PASTED00', ...notification.asins]);
  });
  it('fills in what the seller left blank or only spaces, keeps a typed policy, and takes the notification’s deadline first', () => {
    const notification = inboxItem({ policy: 'Anti-Counterfeiting Policy', deadline: '2026-03-20T09:00:00.000Z' });
    const blank = newAppeal({ id: 'a1', now, language: 'en' });
    const typed = (amazon: Partial<ReturnType<typeof currentContent>['amazon']>) => ({
      ...blank,
      versions: [
        {
          ...blank.versions[0]!,
          content: { ...blank.versions[0]!.content, amazon: { ...blank.versions[0]!.content.amazon, ...amazon } },
        },
      ],
    });
    const spaces = currentContent(
      linkNotification(typed({ text: '  ', policy: ' ', deadline: '2026-03-30T09:00:00.000Z' }), notification, now),
    ).amazon;
    expect(spaces).toMatchObject({
      text: notification.text,
      policy: 'Anti-Counterfeiting Policy',
      deadline: '2026-03-20T09:00:00.000Z',
    });
    const own = currentContent(
      linkNotification(typed({ policy: 'Restricted Products Policy' }), notification, now),
    ).amazon;
    expect(own.policy).toBe('Restricted Products Policy');
    const noDeadline = inboxItem({ deadline: null });
    const kept = currentContent(
      linkNotification(typed({ deadline: '2026-03-30T09:00:00.000Z' }), noDeadline, now),
    ).amazon;
    expect(kept.deadline).toBe('2026-03-30T09:00:00.000Z');
  });
});
