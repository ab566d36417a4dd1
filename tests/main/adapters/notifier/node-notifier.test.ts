import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createNodeNotifier,
  type NotifyBackend,
  type NotifyCallback,
  type NotifyOptions,
} from '../../../../main/adapters/notifier/node-notifier';
import type { NativeNotification } from '../../../../main/app/ports';
import { startNotificationDaemon, type NotificationDaemon } from '../../../support/notification-daemon';

const lateShipment: NativeNotification = {
  title: 'Late shipment rate above target',
  body: 'Late Shipment Rate 4.6% on amazon.de (target: under 4%)',
  urgency: 'normal',
  notificationId: 'n-late-shipment',
};

const deactivationRisk: NativeNotification = {
  title: 'Account at risk of deactivation',
  body: 'Policy Compliance: 3 violations need your attention',
  urgency: 'critical',
  notificationId: 'n-policy',
};

// notify-send is spawned with this process's environment, so point it at the test daemon.
const daemonVariables = ['DISPLAY', 'DBUS_SESSION_BUS_ADDRESS'] as const;
// Starting Xvfb, a bus and dunst takes well under a second, but CI runs test files in parallel.
const daemonTimeoutMs = 30_000;

describe('node-notifier Notifier, read back from a real notification daemon', { timeout: daemonTimeoutMs }, () => {
  let daemon: NotificationDaemon;
  let saved: Record<string, string | undefined>;

  beforeEach(async () => {
    saved = Object.fromEntries(daemonVariables.map((name) => [name, process.env[name]]));
    daemon = await startNotificationDaemon();
    Object.assign(process.env, daemon.env);
  }, daemonTimeoutMs);

  afterEach(async () => {
    for (const name of daemonVariables) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await daemon?.stop();
  }, daemonTimeoutMs);

  it('shows the title and body under the Flagwatch app name', async () => {
    await createNodeNotifier().show(lateShipment);

    expect(await daemon.history()).toEqual([
      expect.objectContaining({
        summary: lateShipment.title,
        body: lateShipment.body,
        appname: 'Flagwatch',
        urgency: 'normal',
      }),
    ]);
  });

  it('shows a critical item with critical urgency, kept on screen until dismissed', async () => {
    await createNodeNotifier().show(deactivationRisk);

    const [shown] = await daemon.history();
    expect(shown).toMatchObject({ summary: deactivationRisk.title, urgency: 'critical', timeoutMs: 0 });
  });

  it('lets a normal item expire on its own', async () => {
    await createNodeNotifier().show(lateShipment);

    const [shown] = await daemon.history();
    expect(shown?.timeoutMs).toBeGreaterThan(0);
  });

  it('shows each call once: two shows, two entries in order', async () => {
    const notifier = createNodeNotifier();
    await notifier.show(lateShipment);
    await notifier.show(deactivationRisk);

    const history = await daemon.history();
    expect(history.map((n) => [n.summary, n.urgency])).toEqual([
      [lateShipment.title, 'normal'],
      [deactivationRisk.title, 'critical'],
    ]);
  });

  it('escapes the body, so a daemon that reads markup shows source text literally', async () => {
    await createNodeNotifier().show({ ...lateShipment, body: 'Rate <b>4.6%</b> & rising' });

    const [shown] = await daemon.history();
    expect(shown?.body).toBe('Rate &lt;b&gt;4.6%&lt;/b&gt; &amp; rising');
  });

  it('keeps quotes, backslashes and shell characters as plain text', async () => {
    const text = `Seller "Ace's" $HOME \`id\` C:\\temp\\new done`;
    await createNodeNotifier().show({ ...lateShipment, title: text, body: text });

    const [shown] = await daemon.history();
    expect(shown).toMatchObject({ summary: text, body: text });
  });

  it('keeps the line breaks of the body and puts the title on one line', async () => {
    await createNodeNotifier().show({ ...lateShipment, title: 'Late shipment\nrate', body: 'Acme · DE\nRate 4.6%' });

    const [shown] = await daemon.history();
    expect(shown).toMatchObject({ summary: 'Late shipment rate', body: 'Acme · DE\nRate 4.6%' });
  });

  it('rejects in plain words, without repeating the notification, when no daemon is reachable', async () => {
    await daemon.stop();

    const shown = createNodeNotifier().show(lateShipment);

    await expect(shown).rejects.toThrow(/^Could not show a desktop notification: \S/);
    await expect(shown).rejects.not.toThrow(lateShipment.title);
  });
});

describe('node-notifier Notifier with a backend that fails', () => {
  function backendAnswering(error: Error | string | null): NotifyBackend & { sent: NotifyOptions[] } {
    const sent: NotifyOptions[] = [];
    return {
      sent,
      notify(options: NotifyOptions, callback: NotifyCallback) {
        sent.push(options);
        queueMicrotask(() => callback(error, ''));
      },
    };
  }

  it('rejects naming the package to install when notify-send is missing', async () => {
    // The error node-notifier raises when `which notify-send` finds nothing.
    const backend = backendAnswering(new Error('not found: notify-send'));

    await expect(createNodeNotifier({ backend }).show(lateShipment)).rejects.toThrow(
      'notify-send is not installed (Debian/Ubuntu package: libnotify-bin)',
    );
  });

  it('resolves when the backend succeeded with only warnings on stderr', async () => {
    const backend = backendAnswering('GLib-WARNING: something unrelated\n');

    await expect(createNodeNotifier({ backend }).show(lateShipment)).resolves.toBeUndefined();
  });

  it('passes the body unchanged where the backend is not notify-send', async () => {
    const backend = backendAnswering(null);
    const body = 'Rate < 4% & falling \\ steady';

    await createNodeNotifier({ backend, platform: 'darwin' }).show({ ...lateShipment, body });

    expect(backend.sent.map((o) => o.message)).toEqual([body]);
  });

  it('asks notify-send to keep a silent notification silent, and the others for no sound', async () => {
    const backend = backendAnswering(null);

    await createNodeNotifier({ backend, platform: 'linux' }).show({ ...lateShipment, silent: true });
    await createNodeNotifier({ backend, platform: 'darwin' }).show({ ...lateShipment, silent: true });
    await createNodeNotifier({ backend, platform: 'linux' }).show(lateShipment);

    expect(backend.sent.map((o) => [o.hint, o.sound])).toEqual([
      ['boolean:suppress-sound:true', undefined],
      [undefined, false],
      [undefined, undefined],
    ]);
  });
});
