// The Electron preload (bundled to CommonJS for the sandbox): gives the page the validated
// bridge as `window.flagwatch`, never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRenderer } from 'electron';
import { createBridge, type Transport } from './bridge';
import { EnvelopeSchema, IpcEventMessageSchema, ipcChannels, type IpcInvokeMessage } from './contract';

export function createIpcTransport(renderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Transport {
  return {
    async invoke(command, request) {
      const message: IpcInvokeMessage = { command, request };
      return EnvelopeSchema.parse(await renderer.invoke(ipcChannels.invoke, message));
    },
    subscribe(event, listener) {
      const forward = (_: unknown, message: unknown) => {
        const checked = IpcEventMessageSchema.safeParse(message);
        if (checked.success && checked.data.event === event) listener(checked.data.payload);
      };
      renderer.on(ipcChannels.event, forward);
      return () => void renderer.removeListener(ipcChannels.event, forward);
    },
  };
}

contextBridge.exposeInMainWorld('flagwatch', createBridge(createIpcTransport(ipcRenderer)));
