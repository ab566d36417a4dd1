import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../main/core/schema';
import {
  createSources,
  sourceNames,
  UnknownSourceError,
  type SourceContext,
} from '../../../main/compose/source-registry';

import { createFakeClock, type FakeClock } from '../../support/fake-clock';
import { translatorFor } from '../../../main/core/i18n/catalogues';

/** The one source a name gives. */
function createSource(name: string, context: SourceContext) {
  const [source] = createSources(name, context);
  return source!;
}

const silentLogger = { info() {}, warn() {}, error() {} };
let dataDir: string;
let clock: FakeClock;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'flagwatch-sources-'));
  clock = createFakeClock();
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

function context(overrides: Partial<SourceContext> = {}): SourceContext {
  return {
    dataDir,
    StoreClass: Conf,
    clock,
    logger: silentLogger,
    settings: defaultSettings,
    appVersion: '0.1.0',
    env: {},
    translator: translatorFor('en'),
    ...overrides,
  };
}

async function storedStory() {
  return JSON.parse(await readFile(path.join(dataDir, 'demo.json'), 'utf8')).document.story;
}

describe('the source registry', () => {
  it('knows the demo and SP-API sources, and none at all', () => {
    expect(sourceNames()).toEqual(['demo', 'none', 'spapi']);
    expect(createSource('demo', context()).id).toBe('demo');
    expect(createSources('none', context())).toEqual([]);
  });

  it('takes the SP-API account from the environment when it names one, and none otherwise', () => {
    expect(createSources('spapi', context())).toEqual([]);
    expect(() => createSources('spapi', context({ env: { FLAGWATCH_SPAPI_REGION: 'NA' } }))).toThrow(
      /FLAGWATCH_SPAPI_CLIENT_ID/,
    );
  });

  it('refuses an unknown source, listing the known ones', () => {
    expect(() => createSources('imap', context())).toThrow(
      new UnknownSourceError('unknown source "imap": choose one of demo, none, spapi'),
    );
    expect(() => createSources('toString', context())).toThrow(UnknownSourceError);
  });
});

describe('the demo source in the Node host', () => {
  it('keeps its story in demo.json, so a restart continues it where it stands', async () => {
    const first = createSource('demo', context({ demoSpeed: 3600 }));
    expect(await storedStory()).toMatchObject({ seed: 1, startedAt: clock.now().toISOString(), speed: 3600 });
    await clock.advance(30_000);
    const before = await first.poll();

    // A restart 30 s later on the same folder: the same story, not a new one from "now".
    const second = createSource('demo', context({ demoSpeed: 3600 }));
    const after = await second.poll();
    expect(after.notifications.map((n) => n.key)).toEqual(before.notifications.map((n) => n.key));
    // Without demo.json the story would have started at the restart.
    await rm(path.join(dataDir, 'demo.json'));
    const fresh = await createSource('demo', context({ demoSpeed: 3600 })).poll();
    expect(fresh.notifications.map((n) => n.key)).not.toEqual(after.notifications.map((n) => n.key));
  });

  it('runs at the settings speed unless --demo-speed says otherwise, and a new seed starts a new story', async () => {
    createSource('demo', context({ settings: { ...defaultSettings, demoSpeed: 60 } }));
    expect(await storedStory()).toMatchObject({ speed: 60, seed: 1 });
    await clock.advance(1000);
    createSource('demo', context({ demoSeed: 4, demoSpeed: 120 }));
    expect(await storedStory()).toMatchObject({ speed: 120, seed: 4, startedAt: clock.now().toISOString() });
  });
});
