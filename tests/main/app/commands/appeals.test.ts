import { describe, expect, it } from 'vitest';
import { createFlagwatchApp } from '../../../../main/app/service';
import { emptyContent } from '../../../../main/core/appeal/new-appeal';
import type { AppealContent } from '../../../../main/core/appeal/appeal-schema';
import { createFakeClock } from '../../../support/fake-clock';
import { account, inboxItem } from '../../../support/fixtures';
import { memoryStores } from '../../../support/memory-stores';
import { testAppDependencies } from '../../../support/app-dependencies';

const notice = inboxItem({
  group: 'policyCompliance',
  metric: 'productAuthenticityCustomerComplaints',
  key: 'auth-1',
  title: 'Product authenticity complaint',
  text: 'We received a complaint about the authenticity of ASIN B0TEST0001.',
  asins: ['B0TEST0001'],
  policy: 'Anti-Counterfeiting Policy',
});

function setup(language: readonly string[] = []) {
  const clock = createFakeClock();
  const stores = memoryStores([], { inbox: { notifications: [notice], accounts: [account()], lastSuccessAt: null } });
  const app = createFlagwatchApp(
    testAppDependencies({
      stores,
      clock,
      systemLanguages: language,
    }),
  );
  return { app, clock, stores, h: app.handlers };
}

/** An appeal on the notice, its plan submitted once with the appeal button. */
async function submittedOnce({ h, clock }: Pick<ReturnType<typeof setup>, 'h' | 'clock'>) {
  const { appeal } = await h['appeals.create']({ notificationId: notice.id });
  await h['appeals.recordSubmission']({
    id: appeal.id,
    at: clock.now().toISOString(),
    channel: 'appeal-button',
    text: plan,
    attachments: [],
    confirmed: false,
  });
  return appeal;
}

function written(content: AppealContent, rootCause: string): AppealContent {
  return { ...content, rootCauses: [{ id: 'rc-1', text: rootCause, why: [] }] };
}

const plan = 'Root cause: the supplier invoice for ASIN B0TEST0001 dated 2026-10-02 did not list the brand.';

describe('appeal commands', () => {
  it('start an appeal from a notification with what Amazon said filled in, in the app’s language', async () => {
    const { h } = setup(['zh-CN']);
    const { appeal, draft } = await h['appeals.create']({ notificationId: notice.id });
    expect(draft).toBeNull();
    expect(appeal.notificationId).toBe(notice.id);
    expect(appeal.language).toBe('zh-CN');
    expect(appeal.versions.at(-1)?.content.amazon).toMatchObject({
      text: notice.text,
      policy: 'Anti-Counterfeiting Policy',
      asins: ['B0TEST0001'],
    });
    expect(await h['appeals.list']({})).toEqual([
      expect.objectContaining({
        id: appeal.id,
        title: notice.title,
        status: 'draft',
        attemptsUsed: 0,
        attemptLimit: 2,
      }),
    ]);
  });

  it('start a blank appeal and link it to its notification later, keeping what was typed', async () => {
    const { h } = setup();
    const blank = await h['appeals.create']({ language: 'en' });
    expect(blank.appeal.notificationId).toBeNull();
    const typed = { ...emptyContent(), amazon: { ...emptyContent().amazon, text: 'Pasted by the seller.' } };
    await h['appeals.saveVersion']({ id: blank.appeal.id, content: typed });

    const linked = await h['appeals.link']({ id: blank.appeal.id, notificationId: notice.id });
    expect(linked.appeal.notificationId).toBe(notice.id);
    expect(linked.appeal.versions.at(-1)?.content.amazon.text).toBe('Pasted by the seller.');
    expect(linked.appeal.versions.at(-1)?.content.amazon.asins).toEqual(['B0TEST0001']);
  });

  it('refuse an unknown notification or appeal as not found, changing nothing', async () => {
    const { h, stores } = setup();
    await expect(async () => h['appeals.create']({ notificationId: 'n_missing' })).rejects.toThrow(
      'No notification with id n_missing',
    );
    await expect(async () => h['appeals.get']({ id: 'appeal-x' })).rejects.toThrow('No appeal with id appeal-x');
    expect(stores.appeals().read().appeals).toEqual([]);
  });

  it("refuse in the app's language", async () => {
    const { h } = setup(['zh-CN']);
    await expect(async () => h['appeals.create']({ notificationId: 'n_missing' })).rejects.toThrow(
      '找不到编号为 n_missing 的通知',
    );
    await expect(async () => h['appeals.get']({ id: 'appeal-x' })).rejects.toThrow('找不到编号为 appeal-x 的申诉');
    const { appeal } = await h['appeals.create']({ notificationId: notice.id });
    await expect(async () => h['appeals.restoreVersion']({ id: appeal.id, version: 9 })).rejects.toThrow(
      `申诉 ${appeal.id} 没有第 9 版。`,
    );
  });

  it('keep autosaved typing as a draft until a version is saved, which folds it in', async () => {
    const { h, clock, stores } = setup();
    const { appeal } = await h['appeals.create']({ notificationId: notice.id });
    const typing = written(appeal.versions[0]!.content, plan);

    await clock.advance(1_000);
    const { savedAt } = await h['appeals.autosave']({ id: appeal.id, content: typing });
    const reopened = await h['appeals.get']({ id: appeal.id });
    expect(reopened.draft).toEqual({ content: typing, savedAt });
    expect(reopened.appeal.versions).toHaveLength(1);
    const appealsWrites = stores.appeals().writes;

    const saved = await h['appeals.saveVersion']({ id: appeal.id, content: typing });
    expect(saved.draft).toBeNull();
    expect(saved.appeal.versions.map((v) => v.n)).toEqual([1, 2]);
    expect(stores.appeals().writes).toBe(appealsWrites + 1);
    expect(stores.appealDrafts().read().drafts).toEqual({});
  });

  it('autosave writes only the small drafts file, never the appeals file', async () => {
    const { h, stores } = setup();
    const { appeal } = await h['appeals.create']({ notificationId: notice.id });
    const before = stores.appeals().writes;
    for (let i = 0; i < 5; i++) {
      await h['appeals.autosave']({ id: appeal.id, content: written(appeal.versions[0]!.content, `${plan} ${i}`) });
    }
    expect(stores.appeals().writes).toBe(before);
    expect(stores.appealDrafts().writes).toBe(5);
  });

  it('restore an older version as the newest, and refuse one that does not exist', async () => {
    const { h } = setup();
    const { appeal } = await h['appeals.create']({ notificationId: notice.id });
    await h['appeals.saveVersion']({ id: appeal.id, content: written(appeal.versions[0]!.content, plan) });
    const restored = await h['appeals.restoreVersion']({ id: appeal.id, version: 1 });
    expect(restored.appeal.versions.map((v) => v.n)).toEqual([1, 2, 3]);
    expect(restored.appeal.versions[2]!.content).toEqual(appeal.versions[0]!.content);
    await expect(async () => h['appeals.restoreVersion']({ id: appeal.id, version: 9 })).rejects.toThrow(
      'has no version 9',
    );
  });

  it('warn before recording a near copy of a rejected submission, and record it once confirmed', async () => {
    const { h, clock } = setup();
    const { appeal } = await h['appeals.create']({ notificationId: notice.id });
    const submit = (confirmed: boolean, text = plan) =>
      h['appeals.recordSubmission']({
        id: appeal.id,
        at: clock.now().toISOString(),
        channel: 'account-health',
        text,
        attachments: [],
        confirmed,
      });

    const first = await submit(false);
    expect(first).toMatchObject({ recorded: true, warnings: [] });
    await h['appeals.recordAnswer']({
      id: appeal.id,
      attempt: 0,
      answer: { kind: 'rejected', text: 'Insufficient information.', at: clock.now().toISOString() },
    });

    const unrevised = await submit(false);
    expect(unrevised.recorded).toBe(false);
    expect(unrevised.warnings).toEqual([expect.objectContaining({ kind: 'near-copy', attempt: 1 })]);
    expect(unrevised.workspace.appeal.attempts).toHaveLength(1);

    const confirmed = await submit(true);
    expect(confirmed.recorded).toBe(true);
    expect(confirmed.workspace.appeal.attempts).toHaveLength(2);
    expect((await h['appeals.list']({}))[0]).toMatchObject({ attemptsUsed: 2, status: 'submitted' });
  });

  it('resolve the notification when Amazon accepts, and keep it resolved', async () => {
    const { h, clock } = setup();
    const appeal = await submittedOnce({ h, clock });
    const at = clock.now().toISOString();
    await h['appeals.recordAnswer']({
      id: appeal.id,
      attempt: 0,
      answer: { kind: 'accepted', text: 'Reinstated.', at },
    });

    const [resolved] = (await h['inbox.get']({})).notifications;
    expect(resolved).toMatchObject({ id: notice.id, status: 'resolved', resolvedAt: at, resolvedBy: 'appeal' });
  });

  it('list the most recently changed appeal first, and keep each one apart', async () => {
    const { h, clock, stores } = setup();
    const first = await h['appeals.create']({ notificationId: notice.id });
    await clock.advance(60_000);
    const second = await h['appeals.create']({ language: 'en' });
    expect((await h['appeals.list']({})).map((a) => a.id)).toEqual([second.appeal.id, first.appeal.id]);
    await clock.advance(60_000);
    await h['appeals.saveVersion']({ id: first.appeal.id, content: written(emptyContent(), plan) });
    expect((await h['appeals.list']({})).map((a) => a.id)).toEqual([first.appeal.id, second.appeal.id]);
    expect(
      stores
        .appeals()
        .read()
        .appeals.map((a) => [a.id, a.versions.length]),
    ).toEqual([
      [first.appeal.id, 2],
      [second.appeal.id, 1],
    ]);
    expect((await h['appeals.get']({ id: second.appeal.id })).appeal.id).toBe(second.appeal.id);
  });

  it('leave the drafts file alone when a version is saved with no draft to fold in', async () => {
    const { h, stores } = setup();
    const { appeal } = await h['appeals.create']({ notificationId: notice.id });
    const writes = stores.appealDrafts().writes;
    await h['appeals.saveVersion']({ id: appeal.id, content: written(emptyContent(), plan) });
    expect(stores.appealDrafts().writes).toBe(writes);
  });

  it('refuse an answer to the attempt after the last one, in the app’s language', async () => {
    const { h, clock } = setup(['zh-CN']);
    const appeal = await submittedOnce({ h, clock });
    await expect(async () =>
      h['appeals.recordAnswer']({
        id: appeal.id,
        attempt: 1,
        answer: { kind: 'rejected', text: '', at: clock.now().toISOString() },
      }),
    ).rejects.toThrow(`申诉 ${appeal.id} 没有第 2 次提交。`);
  });

  it('refuse an answer to an attempt that was never recorded', async () => {
    const { h, clock } = setup();
    const { appeal } = await h['appeals.create']({ notificationId: notice.id });
    await expect(async () =>
      h['appeals.recordAnswer']({
        id: appeal.id,
        attempt: 0,
        answer: { kind: 'rejected', text: '', at: clock.now().toISOString() },
      }),
    ).rejects.toThrow('has no attempt 1');
  });
});
