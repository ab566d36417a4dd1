import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onlineCheckIntervalMs, watchPowerAndNetwork } from '../../../main/electron/power';
import { net, powerMonitor, resetElectronFake } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const app = { systemSuspended: vi.fn(), systemResumed: vi.fn(), connectivityChanged: vi.fn() };

beforeEach(() => {
  resetElectronFake();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('power and network', () => {
  it('tells the app when the system goes to sleep and when it wakes up', () => {
    watchPowerAndNetwork(app);
    powerMonitor.emit('suspend');
    expect(app.systemSuspended).toHaveBeenCalledOnce();
    expect(app.systemResumed).not.toHaveBeenCalled();
    powerMonitor.emit('resume');
    expect(app.systemResumed).toHaveBeenCalledOnce();
  });

  it('says nothing while the network stays up', () => {
    watchPowerAndNetwork(app);
    vi.advanceTimersByTime(onlineCheckIntervalMs * 5);
    expect(app.connectivityChanged).not.toHaveBeenCalled();
  });

  it('reports the network going and coming back within one check interval, once each', () => {
    watchPowerAndNetwork(app);
    net.isOnline.mockReturnValue(false);
    vi.advanceTimersByTime(onlineCheckIntervalMs * 3);
    expect(app.connectivityChanged.mock.calls).toEqual([[false]]);
    net.isOnline.mockReturnValue(true);
    vi.advanceTimersByTime(onlineCheckIntervalMs);
    expect(app.connectivityChanged.mock.calls).toEqual([[false], [true]]);
  });

  it('reports being offline at once when it starts offline', () => {
    net.isOnline.mockReturnValue(false);
    watchPowerAndNetwork(app);
    expect(app.connectivityChanged).toHaveBeenCalledWith(false);
  });

  it('on waking offline, reports offline before the app polls', () => {
    watchPowerAndNetwork(app);
    net.isOnline.mockReturnValue(false);
    powerMonitor.emit('resume');
    expect(app.connectivityChanged).toHaveBeenCalledWith(false);
    expect(app.connectivityChanged.mock.invocationCallOrder[0]).toBeLessThan(
      app.systemResumed.mock.invocationCallOrder[0]!,
    );
  });
});
