import { describe, expect, it } from 'vitest';
import {
  currentContent,
  rejectedVersion,
  restoreVersion,
  saveVersion,
  versionNumbered,
} from '../../../../main/core/appeal/versions';
import { appeal, attempt, content } from './fixtures';

const later = '2026-03-02T09:00:00.000Z';
const edited = content({ rootCauses: [{ id: 'rc1', text: 'Handling time was 1 day.', why: [] }] });

describe('saveVersion', () => {
  it('adds a numbered version when the content changed, and makes it current', () => {
    const saved = saveVersion(appeal(), edited, later);
    expect(saved.versions.map((v) => [v.n, v.savedAt])).toEqual([
      [1, '2026-03-01T09:00:00.000Z'],
      [2, later],
    ]);
    expect(currentContent(saved)).toEqual(edited);
    expect(saved.updatedAt).toBe(later);
  });

  it('adds nothing when the content is the same, whatever order evidence was ticked in', () => {
    const start = appeal();
    expect(saveVersion(start, content(), later)).toBe(start);
    const ticked = saveVersion(
      start,
      content({ evidence: { a: { done: true, note: '' }, b: { done: false, note: '' } } }),
      later,
    );
    expect(
      saveVersion(ticked, content({ evidence: { b: { done: false, note: '' }, a: { done: true, note: '' } } }), later),
    ).toBe(ticked);
  });

  it('adds nothing for the same evidence ticked in any order, however many items', () => {
    const item = { done: true, note: '' };
    const ticked = saveVersion(appeal(), content({ evidence: { a: item, b: item, c: item, d: item } }), later);
    for (const order of [
      ['d', 'c', 'b', 'a'],
      ['b', 'd', 'a', 'c'],
      ['c', 'a', 'd', 'b'],
    ]) {
      const evidence = Object.fromEntries(order.map((id) => [id, item]));
      expect(saveVersion(ticked, content({ evidence }), later)).toBe(ticked);
    }
  });

  it('keeps a copy, so later edits to the object saved do not change the version', () => {
    const mutable = content({ rootCauses: [{ id: 'rc1', text: 'before', why: [] }] });
    const saved = saveVersion(appeal(), mutable, later);
    mutable.rootCauses[0]!.text = 'after';
    expect(currentContent(saved).rootCauses[0]?.text).toBe('before');
  });
});

describe('restoreVersion', () => {
  it('saves the old version again as the newest, keeping the ones after it', () => {
    const two = saveVersion(appeal(), edited, later);
    const restored = restoreVersion(two, 1, '2026-03-03T09:00:00.000Z');
    expect(restored.versions.map((v) => v.n)).toEqual([1, 2, 3]);
    expect(currentContent(restored)).toEqual(content());
  });

  it('adds nothing when restoring the current version, and refuses one that does not exist', () => {
    const two = saveVersion(appeal(), edited, later);
    expect(restoreVersion(two, 2, later)).toBe(two);
    expect(() => restoreVersion(two, 7, later)).toThrow(/no version 7/);
  });
});

describe('rejectedVersion', () => {
  it('is the version of the last rejected attempt', () => {
    const rejected = { kind: 'rejected' as const, text: '', at: later };
    const two = saveVersion(appeal(), edited, later);
    expect(rejectedVersion(two)).toBeUndefined();
    const submitted = {
      ...two,
      attempts: [
        attempt({ version: 1, answer: rejected }),
        attempt({ version: 2, answer: rejected }),
        attempt({ version: 2 }),
      ],
    };
    expect(rejectedVersion(submitted)).toBe(versionNumbered(submitted, 2));
  });

  it('passes over a later attempt that is still waiting for Amazon’s answer', () => {
    const two = saveVersion(appeal(), edited, later);
    const waiting = {
      ...two,
      attempts: [attempt({ version: 1, answer: { kind: 'rejected', text: '', at: later } }), attempt({ version: 2 })],
    };
    expect(rejectedVersion(waiting)).toBe(versionNumbered(waiting, 1));
  });
});
