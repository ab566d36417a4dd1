import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchCommand, NotFoundError } from '../../../main/app/dispatch';
import type { CommandHandlers } from '../../../preload/contract';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { defaultSettings } from '../../../main/core/schema';
import { loadEnglishIssueMessages } from '../../../main/core/issue-messages';

const en = translatorFor('en');

function handlers(overrides: Partial<CommandHandlers> = {}): CommandHandlers {
  const fail = () => {
    throw new Error('not used');
  };
  return {
    'inbox.get': fail,
    'notification.setRead': fail,
    'notification.snooze': fail,
    'inbox.markAllRead': fail,
    'status.get': fail,
    'poll.refresh': fail,
    'settings.get': () => defaultSettings,
    'settings.update': (patch) => ({ ...defaultSettings, ...patch }),
    'recoveries.get': () => [],
    'accounts.list': fail,
    'accounts.save': fail,
    'accounts.remove': fail,
    'accounts.test': fail,
    'metrics.latest': fail,
    'metrics.history': fail,
    'today.get': fail,
    'appeals.list': fail,
    'appeals.get': fail,
    'appeals.create': fail,
    'appeals.link': fail,
    'appeals.autosave': fail,
    'appeals.saveVersion': fail,
    'appeals.restoreVersion': fail,
    'appeals.recordSubmission': fail,
    'appeals.recordAnswer': fail,
    'host.get': fail,
    'backup.create': fail,
    'backup.restore': fail,
    'backup.saveWithDialog': fail,
    'backup.restoreWithDialog': fail,
    'appeals.export': fail,
    'support.caseSummary': fail,
    'support.contacts': fail,
    'support.recordContact': fail,
    'notice.parse': fail,
    'notice.add': fail,
    'mailboxes.list': fail,
    'mailboxes.save': fail,
    'mailboxes.remove': fail,
    'mailboxes.test': fail,
    ...overrides,
  };
}

describe('dispatchCommand', () => {
  // A refused payload's details are zod's words, in the English every host loads (composeApp, runCli).
  beforeAll(loadEnglishIssueMessages);

  it('runs a valid command and wraps its value', async () => {
    expect(await dispatchCommand(handlers(), 'settings.update', { pollIntervalMinutes: 15 }, en)).toEqual({
      ok: true,
      value: { ...defaultSettings, pollIntervalMinutes: 15 },
    });
  });

  it('rejects an unknown command by name', async () => {
    expect(await dispatchCommand(handlers(), 'fs.readFile', {}, en)).toEqual({
      ok: false,
      error: { code: 'unknown-command', message: 'Unknown command: fs.readFile' },
    });
  });

  it('rejects a malformed payload with a message naming the command and the field, before any handler runs', async () => {
    let called = false;
    const h = handlers({ 'notification.setRead': () => ((called = true), undefined as never) });
    const answer = await dispatchCommand(h, 'notification.setRead', { id: 'n_1', read: 'yes' }, en);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!answer.ok && answer.error.message).toMatch(
      /^Flagwatch could not accept the request \(notification\.setRead: read: .*boolean/,
    );
    expect(called).toBe(false);
  });

  it('rejects extra fields and out-of-range values', async () => {
    const extra = await dispatchCommand(handlers(), 'settings.update', { pollIntervalMinutes: 15, evil: true }, en);
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const range = await dispatchCommand(handlers(), 'settings.update', { pollIntervalMinutes: 0 }, en);
    expect(!range.ok && range.error.message).toMatch(/\(settings\.update: pollIntervalMinutes: /);
  });

  it("refuses in the app's language", async () => {
    const zh = translatorFor('zh-CN');
    expect(await dispatchCommand(handlers(), 'fs.readFile', {}, zh)).toEqual({
      ok: false,
      error: { code: 'unknown-command', message: '未知命令：fs.readFile' },
    });
    const answer = await dispatchCommand(handlers(), 'settings.update', { pollIntervalMinutes: 0 }, zh);
    expect(!answer.ok && answer.error.message).toMatch(/^Flagwatch 无法接受该请求（settings\.update: /);
  });

  it('turns a handler failure into an error envelope, not a crash', async () => {
    const h = handlers({
      'status.get': () => {
        throw new Error('disk full');
      },
      'inbox.markAllRead': () => {
        throw new NotFoundError('gone');
      },
    });
    expect(await dispatchCommand(h, 'status.get', {}, en)).toEqual({
      ok: false,
      error: { code: 'failed', message: 'disk full' },
    });
    expect(await dispatchCommand(h, 'inbox.markAllRead', {}, en)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('dispatchCommand with a hostile command name', () => {
  it('says what was asked without turning it into text', async () => {
    expect(await dispatchCommand(handlers(), { toString: [] }, {}, en)).toEqual({
      ok: false,
      error: { code: 'unknown-command', message: 'Unknown command: (object)' },
    });
    expect(await dispatchCommand(handlers(), null, {}, en)).toMatchObject({
      error: { message: 'Unknown command: (null)' },
    });
  });

  it('names a command of up to 80 characters whole, and cuts a longer one to 80', async () => {
    const message = async (command: string) =>
      ((await dispatchCommand(handlers(), command, {}, en)) as { error: { message: string } }).error.message;
    expect(await message('x'.repeat(80))).toBe(`Unknown command: ${'x'.repeat(80)}`);
    expect(await message('x'.repeat(81))).toBe(`Unknown command: ${'x'.repeat(79)}…`);
    expect(new NotFoundError('gone').name).toBe('NotFoundError');
  });

  it('clips a very long name', async () => {
    const envelope = await dispatchCommand(handlers(), 'x'.repeat(10_000), {}, en);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
    expect(JSON.stringify(envelope).length).toBeLessThan(200);
  });
});
