import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NativeNotification, Notifier } from '../../../main/app/ports';
import { createElectronNotifier } from '../../../main/electron/notifier';
import { FakeNotification, resetElectronFake } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const fallback = { show: vi.fn<Notifier['show']>(() => Promise.resolve()) };
const onClick = vi.fn<(id: string | null) => void>();
const onOpenToday = vi.fn<() => void>();

function request(overrides: Partial<NativeNotification> = {}): NativeNotification {
  return {
    title: 'Late Shipment Rate above target',
    body: 'Your Late Shipment Rate is 6.2 %, above the 4 % target.',
    urgency: 'normal',
    notificationId: 'n-1',
    ...overrides,
  };
}

beforeEach(() => resetElectronFake());

describe('Electron notifier', () => {
  it('shows a native notification with the title and body', async () => {
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'win32' }).show(request());
    const [shown] = FakeNotification.instances;
    expect(shown!.options).toEqual({
      title: 'Late Shipment Rate above target',
      body: 'Your Late Shipment Rate is 6.2 %, above the 4 % target.',
      urgency: 'normal',
      timeoutType: 'default',
      silent: false,
    });
    expect(shown!.show).toHaveBeenCalledOnce();
  });

  it('marks a critical one critical and keeps it on screen', async () => {
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'linux' }).show(
      request({ urgency: 'critical' }),
    );
    expect(FakeNotification.instances[0]!.options).toMatchObject({ urgency: 'critical', timeoutType: 'never' });
  });

  it('shows a silent one without a sound', async () => {
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'win32' }).show(request({ silent: true }));
    expect(FakeNotification.instances[0]!.options).toMatchObject({ silent: true });
  });

  it('shows text from sources as text on Linux, where the body is read as markup', async () => {
    const body = 'ASIN <b>B0TEST</b> & more';
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'linux' }).show(request({ body }));
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'darwin' }).show(request({ body }));
    expect(FakeNotification.instances.map((n) => n.options.body)).toEqual([
      'ASIN &lt;b&gt;B0TEST&lt;/b&gt; &amp; more',
      body,
    ]);
  });

  it('opens the notification it announced when clicked', async () => {
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'win32' }).show(
      request({ notificationId: 'n-9' }),
    );
    expect(onClick).not.toHaveBeenCalled();
    FakeNotification.instances[0]!.emit('click');
    expect(onClick).toHaveBeenCalledWith('n-9');
  });

  it('opens the inbox when a summary is clicked', async () => {
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'win32' }).show(
      request({ title: '3 new notifications', notificationId: null }),
    );
    FakeNotification.instances[0]!.emit('click');
    expect(onClick).toHaveBeenCalledWith(null);
  });

  it('opens the Today view when the morning digest is clicked', async () => {
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'win32' }).show(
      request({ title: 'All clear', notificationId: null, opens: 'today' }),
    );
    FakeNotification.instances[0]!.emit('click');
    expect(onOpenToday).toHaveBeenCalledOnce();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('hands the notification to the fallback where Electron has none', async () => {
    FakeNotification.isSupported.mockReturnValue(false);
    await createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'linux' }).show(request());
    expect(fallback.show).toHaveBeenCalledWith(request());
    expect(FakeNotification.instances).toHaveLength(0);
  });

  it('passes on the fallback’s failure', async () => {
    FakeNotification.isSupported.mockReturnValue(false);
    fallback.show.mockRejectedValueOnce(new Error('notify-send is not installed'));
    await expect(
      createElectronNotifier({ fallback, onClick, onOpenToday, platform: 'linux' }).show(request()),
    ).rejects.toThrow('notify-send');
  });
});
