// `flagwatch check` against a server that never answers: progress lines on stderr while it
// waits, then a plain failure once the deadline passes, without waiting for the poll.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import { composeApp } from '../../../main/compose/compose-app';
import { checkLimitsFor, checkOnce } from '../../../main/node/check';
import { defaultCheckLimits } from '../../../main/node/check-deadline';
import { fakeSeller, sellerVariables } from '../../support/fake-spapi/test-world';
import { quietHostParts } from '../../support/host-parts';
import { startRecordingListener, type RecordingListener } from '../../support/recording-listener';

const seller = fakeSeller();
let dataDir: string;
let silent: RecordingListener;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-deadline-'));
  // Takes every request and never answers.
  silent = await startRecordingListener(() => {});
});
afterEach(async () => {
  await silent.close();
  await rm(dataDir, { recursive: true, force: true });
});

function appOnSilentServer(language: string) {
  return composeApp(
    { dataDir, source: 'spapi', requireSource: true },
    quietHostParts({
      clock: systemClock,
      env: sellerVariables(seller, { baseUrl: silent.url, lwaUrl: `${silent.url}/auth/o2/token` }, 'US'),
      systemLanguages: [language],
    }),
  );
}

describe('checkOnce under a deadline', () => {
  it('says it is still checking, then gives up at the deadline in plain words', async () => {
    const progress: string[] = [];
    const started = Date.now();
    const outcome = await checkOnce(appOnSilentServer('en'), systemClock, false, {
      limits: { deadlineMs: 700, progressEveryMs: 200 },
      progress: (line) => progress.push(line),
    });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(outcome).toEqual({
      exitCode: 1,
      text: 'flagwatch check: the check failed: it did not finish within 1 minute; Amazon may be slow or unreachable, try again later',
    });
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress[0]).toBe('flagwatch check: still checking (0 seconds).');
    expect(silent.received.length).toBeGreaterThan(0);
  });

  it("says so in the app's language", async () => {
    const progress: string[] = [];
    const outcome = await checkOnce(appOnSilentServer('zh-CN'), systemClock, false, {
      limits: { deadlineMs: 500, progressEveryMs: 200 },
      progress: (line) => progress.push(line),
    });
    expect(outcome.text).toBe(
      'flagwatch check: 检查失败：未能在 1 分钟内完成；亚马逊可能响应缓慢或无法连接，请稍后再试',
    );
    expect(progress[0]).toBe('flagwatch check：仍在检查（已用 0 秒）。');
  });

  it('prints no progress for a check that ends before the first tick', async () => {
    const progress: string[] = [];
    await silent.close();
    silent = await startRecordingListener((_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end('{"error":"invalid_grant"}');
    });
    const outcome = await checkOnce(appOnSilentServer('en'), systemClock, false, {
      limits: { deadlineMs: 60_000, progressEveryMs: 5_000 },
      progress: (line) => progress.push(line),
    });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.text).toMatch(/refresh token/);
    expect(progress).toEqual([]);
  });
});

describe('checkLimitsFor', () => {
  it('keeps the 15-minute default without --timeout', () => {
    expect(checkLimitsFor({})).toEqual(defaultCheckLimits);
    expect(defaultCheckLimits.deadlineMs).toBe(15 * 60_000);
  });

  it('turns --timeout minutes into the deadline, keeping the progress pace', () => {
    expect(checkLimitsFor({ timeoutMinutes: 3 })).toEqual({
      deadlineMs: 180_000,
      progressEveryMs: defaultCheckLimits.progressEveryMs,
    });
  });
});
