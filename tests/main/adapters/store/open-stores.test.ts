import Conf from 'conf';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDocumentStore } from '../../../../main/adapters/store/document-store';
import { openStores } from '../../../../main/adapters/store/open-stores';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import type { Appeal } from '../../../../main/core/appeal/appeal-schema';
import { newAppeal } from '../../../../main/core/appeal/new-appeal';
import { appealsSpec, historySpec } from '../../../../main/adapters/store/documents';
import { addReadings, dayText, latestReadings } from '../../../../main/core/health/metric-series';
import { z } from 'zod';
import { MetricReadingSchema, defaultSettings, type MetricReading } from '../../../../main/core/schema';
import { account, inboxItem, US } from '../../../support/fixtures';
import { contentsOf, filesIn, useDataDir } from './data-dir';
import { writeOldSettingsFile } from './old-settings-file';

const english = translatorFor('en');

const dataDir = useDataDir();
const open = () => openStores({ dataDir: dataDir(), StoreClass: Conf });

const appeal: Appeal = newAppeal({
  id: 'appeal-1',
  now: '2026-11-02T10:00:00.000Z',
  language: 'en',
  notification: inboxItem(),
});

function reading(at: string): MetricReading {
  return {
    accountId: 'acct-1',
    marketplaceId: US,
    metric: 'orderDefectRate.mfn',
    value: 0.8,
    target: { value: 1, condition: 'LESS_THAN' },
    at,
  };
}

describe('openStores', () => {
  it('upgrades settings saved before the language setting to follow the system, keeping the rest', () => {
    const { language: _language, digest: _digest, ...before } = { ...defaultSettings, pollIntervalMinutes: 45 };
    writeOldSettingsFile(dataDir(), 1, before);

    expect(open().settings.read().settings).toEqual({ ...before, language: 'system', digest: defaultSettings.digest });
    expect(open().recoveries(english)).toEqual([]);
  });

  it('upgrades settings saved before the morning digest to send it, at 09:00 every day, keeping the rest', () => {
    const { digest: _digest, ...before } = { ...defaultSettings, language: 'zh-CN' as const };
    writeOldSettingsFile(dataDir(), 2, before);

    expect(open().settings.read().settings).toEqual({
      ...before,
      digest: { enabled: true, time: '09:00', days: [0, 1, 2, 3, 4, 5, 6] },
    });
  });

  it('upgrades appeals saved in the first data format to guided appeals, keeping every text', () => {
    const legacy = {
      id: 'appeal-1',
      notificationId: 'n_1',
      createdAt: '2026-11-02T10:00:00.000Z',
      updatedAt: '2026-11-03T10:00:00.000Z',
      status: 'rejected',
      rootCauses: 'Handling time was set to 1 day while the warehouse ships in 2.',
      actionsTaken: 'On 2026-11-02 we set handling time to 2 days for all SKUs.',
      prevention: 'A weekly check of handling time against carrier pickup, owned by operations.',
      submittedAt: '2026-11-02T12:00:00.000Z',
    };
    openDocumentStore<{ appeals: object[] }>({
      name: appealsSpec.name,
      label: appealsSpec.label,
      startsOver: appealsSpec.startsOver,
      schema: z.object({ appeals: z.array(z.object({}).passthrough()) }),
      defaults: { appeals: [] },
      dataDir: dataDir(),
      StoreClass: Conf,
    }).write({ appeals: [legacy] });

    const stores = open();
    const [upgraded] = stores.appeals().read().appeals;
    expect(stores.recoveries(english)).toEqual([]);
    expect(upgraded?.notificationId).toBe('n_1');
    expect(upgraded?.versions.at(-1)?.content.rootCauses.map((cause) => cause.text)).toEqual([legacy.rootCauses]);
    expect(upgraded?.versions.at(-1)?.content.actions.map((action) => action.text)).toEqual([legacy.actionsTaken]);
    expect(upgraded?.versions.at(-1)?.content.preventions.map((prevention) => prevention.text)).toEqual([
      legacy.prevention,
    ]);
    expect(upgraded?.attempts.map((attempt) => [attempt.at, attempt.answer?.kind])).toEqual([
      ['2026-11-02T12:00:00.000Z', 'rejected'],
    ]);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir(), 'appeals.json'), 'utf8')).schemaVersion).toBe(2);
  });

  it('starts settings, inbox and history from their defaults without writing a file', () => {
    const stores = open();
    expect(stores.settings.read()).toEqual({ settings: defaultSettings });
    expect(stores.inbox().read()).toEqual({ notifications: [], accounts: [], lastSuccessAt: null });
    expect(stores.history().read()).toEqual({ series: [] });
    expect(stores.appeals().read()).toEqual({ appeals: [] });
    expect(stores.recoveries(english)).toEqual([]);
    expect(filesIn(dataDir())).toEqual([]);
  });

  it('keeps each concern in its own file, read back after a restart', () => {
    const stores = open();
    const inbox = { notifications: [inboxItem()], accounts: [account()], lastSuccessAt: '2026-11-02T09:00:00.000Z' };
    stores.settings.write({ settings: { ...defaultSettings, pollIntervalMinutes: 15 } });
    stores.inbox().write(inbox);
    stores.history().write({ series: addReadings([], [reading('2026-11-02T09:00:00.000Z')]) });
    stores.appeals().write({ appeals: [appeal] });

    expect(filesIn(dataDir())).toEqual(['appeals.json', 'history.json', 'inbox.json', 'settings.json']);
    const restarted = open();
    expect(restarted.settings.read().settings.pollIntervalMinutes).toBe(15);
    expect(restarted.inbox().read()).toEqual(inbox);
    expect(latestReadings(restarted.history().read().series)).toEqual([reading('2026-11-02T09:00:00.000Z')]);
    expect(restarted.appeals().read().appeals).toEqual([appeal]);
  });

  it('touches no other file when one store writes', () => {
    const stores = open();
    stores.settings.write({ settings: defaultSettings });
    stores.history().write({ series: [] });
    stores.appeals().write({ appeals: [appeal] });
    const before = contentsOf(dataDir());

    stores.inbox().write({ notifications: [inboxItem()], accounts: [], lastSuccessAt: null });

    const { 'inbox.json': inbox, ...others } = contentsOf(dataDir());
    expect(others).toEqual(before);
    expect(inbox).toContain(inboxItem().id);
  });

  it('opens only settings and the saved badge at once: the big files wait until they are asked for', () => {
    for (const name of ['inbox', 'history']) fs.writeFileSync(path.join(dataDir(), `${name}.json`), 'damaged');
    const stores = open();
    expect(stores.recoveries(english)).toEqual([]);
    stores.inbox();
    expect(stores.recoveries(english).map((r) => path.basename(r.file))).toEqual(['inbox.json']);
  });

  it('does not open the appeals file until the appeals are asked for, then opens it once', () => {
    const damaged = '{"schemaVersion":1,"document":{"appeals":[{"id":';
    fs.writeFileSync(path.join(dataDir(), 'appeals.json'), damaged);

    const stores = open();
    expect(stores.recoveries(english)).toEqual([]);
    expect(contentsOf(dataDir())).toEqual({ 'appeals.json': damaged });

    const appeals = stores.appeals();
    expect(appeals.read()).toEqual({ appeals: [] });
    expect(stores.appeals()).toBe(appeals);
    expect(stores.recoveries(english)).toHaveLength(1);
    expect(stores.recoveries(english)[0]?.message).toMatch(
      /^Flagwatch could not use your saved appeals file because it is not valid JSON/,
    );
  });

  it('treats an inbox holding a notification without its id as damaged, and tells the user', () => {
    const { id: _id, ...withoutId } = inboxItem();
    const file = path.join(dataDir(), 'inbox.json');
    fs.writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, document: { notifications: [withoutId], accounts: [], lastSuccessAt: null } }),
    );

    const stores = open();

    expect(stores.inbox().read().notifications).toEqual([]);
    expect(stores.recoveries(english)).toEqual([
      {
        file,
        movedTo: expect.stringMatching(/inbox\.corrupt-.+\.json$/),
        restoredFromBackup: false,
        message: expect.stringMatching(
          /^Flagwatch could not use your inbox file because its content is not what Flagwatch expects: notifications\.0\.id: .+ There was no good copy to restore, so the inbox starts empty and fills again at the next check\. /,
        ),
      },
    ]);
  });

  it('collects the recoveries of every store, in the order they were opened', () => {
    fs.writeFileSync(path.join(dataDir(), 'settings.json'), 'garbage');
    fs.writeFileSync(path.join(dataDir(), 'history.json'), '');
    const stores = open();
    stores.history();
    expect(stores.recoveries(english).map((r) => path.basename(r.file))).toEqual(['settings.json', 'history.json']);
  });

  it('keeps 750 days of metric history, counted back from the newest reading', () => {
    const stores = open();
    const days = ['2024-10-12', '2024-10-13', '2026-11-01'];
    stores.history().write({
      series: addReadings(
        [],
        days.map((day) => reading(`${day}T09:00:00.000Z`)),
      ),
    });

    const kept = ['2024-10-13', '2026-11-01'];
    expect(stores.history().read().series[0]?.days.map(dayText)).toEqual(kept);
    expect(open().history().read().series[0]?.days.map(dayText)).toEqual(kept);
  });

  it('upgrades a history of single readings to one series per metric, each day’s last reading kept', () => {
    const readings = [
      reading('2026-11-02T20:00:00.000Z'),
      { ...reading('2026-11-01T09:00:00.000Z'), value: 0.5 },
      { ...reading('2026-11-02T08:00:00.000Z'), value: 0.9 },
      { ...reading('2026-11-02T09:00:00.000Z'), metric: 'lateShipmentRate', value: 0.02 },
    ];
    openDocumentStore<{ readings: MetricReading[] }>({
      name: historySpec.name,
      label: historySpec.label,
      startsOver: historySpec.startsOver,
      schema: z.object({ readings: z.array(MetricReadingSchema) }),
      defaults: { readings: [] },
      dataDir: dataDir(),
      StoreClass: Conf,
    }).write({ readings });

    const stores = open();
    const [odr, lsr] = stores.history().read().series;
    expect(stores.recoveries(english)).toEqual([]);
    expect(odr?.days.map(dayText)).toEqual(['2026-11-01', '2026-11-02']);
    expect(odr?.values).toEqual([0.5, 0.8]);
    expect(odr?.latest).toEqual(reading('2026-11-02T20:00:00.000Z'));
    expect(lsr?.values).toEqual([0.02]);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir(), 'history.json'), 'utf8')).schemaVersion).toBe(2);
  });

  it('moves aside a format 1 history that holds no readings, rather than losing it', () => {
    fs.writeFileSync(
      path.join(dataDir(), 'history.json'),
      JSON.stringify({ schemaVersion: 1, document: { rows: [] } }),
    );
    const stores = open();
    expect(stores.history().read()).toEqual({ series: [] });
    const [recovery] = stores.recoveries(english);
    expect(path.basename(recovery?.file ?? '')).toBe('history.json');
    expect(filesIn(dataDir()).some((f) => f.startsWith('history') && f !== 'history.json')).toBe(true);
  });
});

describe('recoveries in the app’s language', () => {
  it('are worded when asked for, in the language asked in, from the same facts', () => {
    fs.writeFileSync(path.join(dataDir(), 'settings.json'), '');
    const stores = open();
    const [chinese] = stores.recoveries(translatorFor('zh-CN'));
    const [inEnglish] = stores.recoveries(english);
    expect(chinese).toEqual({ ...inEnglish, message: expect.any(String) });
    expect(chinese?.message).toBe(
      `Flagwatch 无法使用您的设置文件，因为文件是空的。没有可恢复的完好副本，因此您的设置已恢复为默认值。损坏的文件已保留为 ${chinese?.movedTo}。`,
    );
    expect(inEnglish?.message).toMatch(/^Flagwatch could not use your settings file because it is empty\. /);
  });

  it('say in Chinese why a file’s content was refused, keeping the technical details as they are', () => {
    const { id: _id, ...withoutId } = inboxItem();
    fs.writeFileSync(
      path.join(dataDir(), 'inbox.json'),
      JSON.stringify({ schemaVersion: 1, document: { notifications: [withoutId], accounts: [], lastSuccessAt: null } }),
    );
    const stores = open();
    stores.inbox();
    expect(stores.recoveries(translatorFor('zh-CN'))[0]?.message).toMatch(
      /^Flagwatch 无法使用您的收件箱文件，因为文件内容不符合 Flagwatch 的预期：notifications\.0\.id: .+。没有可恢复的完好副本，因此收件箱从空开始，并在下次检查时重新填充。/,
    );
  });
});
