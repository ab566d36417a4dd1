// The contract over Electron IPC: commands in through one channel, events out through another.
// Every command goes through `dispatchCommand`, the same entry point every host uses.
import type { IpcMain } from 'electron';
import { dispatchCommand } from '../app/dispatch';
import type { FlagwatchApp } from '../app/flagwatch-app';
import {
  describeIssues,
  events,
  ipcChannels,
  IpcInvokeMessageSchema,
  type Envelope,
  type EventName,
  type IpcEventMessage,
} from '../../preload/contract';
import type { WindowHost } from './window';

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  app: Pick<FlagwatchApp, 'handlers' | 'on' | 'translator'>,
  windows: Pick<WindowHost, 'isOwnSender' | 'send'>,
): void {
  ipcMain.handle(ipcChannels.invoke, async (event, message: unknown): Promise<Envelope> => {
    // Any other page (a frame that got in, a window we did not open) is refused outright.
    if (!windows.isOwnSender(event)) throw new Error('Flagwatch answers only its own window');
    const checked = IpcInvokeMessageSchema.safeParse(message);
    if (!checked.success) {
      return {
        ok: false,
        error: { code: 'invalid-request', message: describeIssues(ipcChannels.invoke, checked.error) },
      };
    }
    return dispatchCommand(app.handlers, checked.data.command, checked.data.request, app.translator());
  });

  for (const name of Object.keys(events) as EventName[]) {
    app.on(name, (payload) => windows.send(ipcChannels.event, { event: name, payload } satisfies IpcEventMessage));
  }
}
