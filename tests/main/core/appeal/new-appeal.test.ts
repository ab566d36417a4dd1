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
});
