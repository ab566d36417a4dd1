import { describe, expect, it } from 'vitest';
import { createRefusalLog } from '../../../../main/node/serve/refusal-log';

function recordingLogger() {
  const lines: Array<{ message: string; fields?: Record<string, unknown> }> = [];
  const log = (message: string, fields?: Record<string, unknown>) => void lines.push({ message, fields });
  return { lines, logger: { info: log, warn: log, error: log } };
}

describe('createRefusalLog', () => {
  it('logs the first refusal with its reason, counts the rest of that minute, and reports them once', () => {
    let now = 0;
    const { lines, logger } = recordingLogger();
    const log = createRefusalLog(logger, () => now);
    log.refused({ status: 401, reason: 'wrong token' });
    for (let i = 0; i < 999; i++) {
      now += 50;
      log.refused({ status: 401, reason: 'wrong token' });
    }
    expect(lines).toEqual([
      { message: 'refused a websocket connection', fields: { status: 401, reason: 'wrong token' } },
    ]);

    now = 60_000;
    log.refused({ status: 403, reason: 'foreign origin' });
    expect(lines.slice(1)).toEqual([
      { message: 'refused more websocket connections', fields: { count: 999, withinMs: 60_000 } },
      { message: 'refused a websocket connection', fields: { status: 403, reason: 'foreign origin' } },
    ]);
  });

  it('starts a new minute exactly 60 s after the last logged refusal, not a moment before', () => {
    let now = 1_000;
    const { lines, logger } = recordingLogger();
    const log = createRefusalLog(logger, () => now);
    log.refused({ status: 401, reason: 'a' });
    now = 60_999;
    log.refused({ status: 401, reason: 'b' });
    expect(lines).toHaveLength(1);
    now = 61_000;
    log.refused({ status: 401, reason: 'c' });
    expect(lines.map((l) => l.message)).toEqual([
      'refused a websocket connection',
      'refused more websocket connections',
      'refused a websocket connection',
    ]);
  });

  it('reports what is still counted when flushed, and nothing when nothing is', () => {
    let now = 0;
    const { lines, logger } = recordingLogger();
    const log = createRefusalLog(logger, () => now);
    log.flush();
    expect(lines).toEqual([]);
    log.refused({ status: 401, reason: 'a' });
    now = 10;
    log.refused({ status: 401, reason: 'a' });
    log.flush();
    log.flush();
    expect(lines.map((l) => l.fields?.count)).toEqual([undefined, 1]);
  });
});
