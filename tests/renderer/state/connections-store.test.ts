// The list of configured connections a view keeps (accounts, mailboxes), over stand-in commands:
// what is listed, what a save or a removal leaves, which tests are running and what they answered,
// and a refusal kept in words until dismissed or followed by a success.
import { describe, expect, it } from 'vitest';
import { createConnectionsStore, type ConnectionCommands } from '../../../renderer/state/connections-store';

interface Entry {
  id: string;
  name: string;
}

function setup() {
  let saved: Entry[] = [{ id: 'a', name: 'First' }];
  const calls: string[] = [];
  let refuse: string | null = null;
  let answerTest: (answer: string) => void = () => {};
  const commands: ConnectionCommands<Entry, Entry, string> = {
    list: async () => {
      calls.push('list');
      if (refuse) throw new Error(refuse);
      return saved;
    },
    save: async (request) => {
      calls.push(`save ${request.id}`);
      if (refuse) throw new Error(refuse);
      saved = [...saved.filter((e) => e.id !== request.id), request];
      return { id: request.id };
    },
    remove: async (id) => {
      calls.push(`remove ${id}`);
      saved = saved.filter((e) => e.id !== id);
      return saved;
    },
    test: (id) => {
      calls.push(`test ${id}`);
      return new Promise((resolve) => (answerTest = resolve));
    },
    actions: {
      load: 'accounts.action.load',
      save: 'accounts.action.save',
      remove: 'accounts.action.remove',
      test: 'accounts.action.test',
    },
  };
  const store = createConnectionsStore(commands);
  return { store, calls, refuse: (why: string | null) => (refuse = why), answerTest: (a: string) => answerTest(a) };
}

describe('the connections store', () => {
  it('lists nothing until loaded, then what the host lists', async () => {
    const { store } = setup();
    expect(store.getState().entries).toBeNull();
    await store.getState().load();
    expect(store.getState().entries).toEqual([{ id: 'a', name: 'First' }]);
  });

  it('marks a test as running until it answers, and keeps the answer by id', async () => {
    const { store, answerTest } = setup();
    const testing = store.getState().test('a');
    expect([...store.getState().testing]).toEqual(['a']);
    answerTest('Connected');
    await testing;
    expect(store.getState().testing.size).toBe(0);
    expect(store.getState().results).toEqual({ a: 'Connected' });
  });

  it('drops the saved one’s last test answer, which was for its old settings, and lists again', async () => {
    const { store, calls, answerTest } = setup();
    for (const id of ['a', 'b']) {
      const testing = store.getState().test(id);
      answerTest(`Connected ${id}`);
      await testing;
    }
    expect(await store.getState().save({ id: 'a', name: 'Renamed' })).toBe(true);
    expect(store.getState().results).toEqual({ b: 'Connected b' });
    expect(calls.slice(-2)).toEqual(['save a', 'list']);
    expect(store.getState().entries).toEqual([{ id: 'a', name: 'Renamed' }]);
  });

  it('keeps what is left after a removal, as the host answers it', async () => {
    const { store, calls } = setup();
    await store.getState().load();
    await store.getState().remove('a');
    expect(store.getState().entries).toEqual([]);
    expect(calls).toEqual(['list', 'remove a']);
  });

  it('keeps a refusal as what failed and why, until dismissed or a later success', async () => {
    const { store, refuse } = setup();
    refuse('the disk is full');
    expect(await store.getState().save({ id: 'b', name: 'Second' })).toBe(false);
    expect(store.getState().problem).toEqual({ action: 'accounts.action.save', reason: { text: 'the disk is full' } });
    store.getState().dismissProblem();
    expect(store.getState().problem).toBeNull();

    await store.getState().load();
    expect(store.getState().problem?.action).toBe('accounts.action.load');
    refuse(null);
    await store.getState().load();
    expect(store.getState().problem).toBeNull();
  });
});
