import { describe, expect, it, vi } from 'vitest';
import { createFlagwatchStore } from '../../../renderer/state/flagwatch-store';
import { syncStoreWithBridge } from '../../../renderer/state/bridge-sync';
import { createFakeBridge } from '../fake-bridge';
import { aNotification, aStatus } from '../fixtures';

const recovery = {
  file: 'settings.json',
  movedTo: 'settings.json.corrupt',
  restoredFromBackup: false,
  message: 'Settings were reset.',
};

describe('the flagwatch store', () => {
  it('loads the inbox, the status and the recoveries, and follows the events after', async () => {
    const bridge = createFakeBridge({ notifications: [aNotification()], recoveries: [recovery] });
    const store = createFlagwatchStore(bridge.api);
    const opened: string[] = [];
    const stop = syncStoreWithBridge(store, bridge.api, (id) => opened.push(id));
    await store.getState().load();

    expect(store.getState().inbox!.badge.unread).toBe(1);
    expect(store.getState().status!.state).toBe('idle');
    expect(store.getState().recoveries).toEqual([recovery]);

    bridge.addNotification(aNotification());
    bridge.emit('notification.open', { id: 'n-x' });
    expect(store.getState().inbox!.badge.unread).toBe(2);
    expect(opened).toEqual(['n-x']);

    stop();
    bridge.addNotification(aNotification());
    expect(store.getState().inbox!.badge.unread).toBe(2);
  });

  it('keeps a failed command as a problem (what failed and why), and a later successful load clears it', async () => {
    const bridge = createFakeBridge({ failures: { 'poll.refresh': 'No network' } });
    const store = createFlagwatchStore(bridge.api);

    await store.getState().refresh();
    expect(store.getState().problem).toEqual({ action: 'window.action.refresh', reason: { text: 'No network' } });

    await store.getState().load();
    expect(store.getState().problem).toBeNull();
  });

  it('asks for the status and the recoveries before the inbox, whose large answer would hold them up', async () => {
    const bridge = createFakeBridge({ status: aStatus() });
    await createFlagwatchStore(bridge.api).getState().load();
    expect(bridge.commandsCalled()).toEqual(['status.get', 'recoveries.get', 'inbox.get']);
  });

  it('asks the host for the whole picture again when the connection comes back', async () => {
    const bridge = createFakeBridge({ status: aStatus() });
    const store = createFlagwatchStore(bridge.api);

    store.getState().connectionChanged('open');
    expect(bridge.calls).toHaveLength(0);

    store.getState().connectionChanged('closed');
    store.getState().connectionChanged('connecting');
    store.getState().connectionChanged('open');
    await vi.waitFor(() => expect(store.getState().inbox).not.toBeNull());
    expect(bridge.commandsCalled()).toEqual(['status.get', 'recoveries.get', 'inbox.get']);
    expect(store.getState().connection).toBe('open');
  });

  it('keeps one copy of a recovery reported twice, until dismissed', () => {
    const store = createFlagwatchStore(createFakeBridge().api);
    store.getState().recovered(recovery);
    store.getState().recovered({ ...recovery });
    store.getState().recovered({ ...recovery, file: 'appeals.json' });
    expect(store.getState().recoveries.map((r) => r.file)).toEqual(['settings.json', 'appeals.json']);

    store.getState().dismissRecovery(recovery);
    expect(store.getState().recoveries.map((r) => r.file)).toEqual(['appeals.json']);
  });
});
