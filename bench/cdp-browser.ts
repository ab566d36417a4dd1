// Chromium driven over the DevTools protocol itself, for a bench whose figure Playwright would
// distort: Playwright turns on the protocol's Network domain in every page, and Chromium then
// copies each WebSocket frame to the driver, the inbox's 6.3 MB answer included, while the page
// renders it (30–100 ms more on a first render here; BENCH_NETWORK=1 turns the domain on to see
// it). Only the Target, Page, Runtime, Emulation, Input, Tracing and Browser domains are used,
// over the pipe Chromium opens with --remote-debugging-pipe (messages end with a NUL byte).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

interface Reply {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface CdpPage {
  /** Runs before the page's own scripts on every load. */
  addInitScript(source: string): Promise<void>;
  goto(url: string): Promise<void>;
  /** The expression's value (awaited), copied out of the page. */
  evaluate<T>(expression: string): Promise<T>;
  /** One key down and up: a character, or a named key such as "Backspace". */
  press(key: string): Promise<void>;
  /** A mouse wheel turn at a point of the viewport. */
  wheel(x: number, y: number, deltaY: number): Promise<void>;
}

export interface CdpBrowser {
  newPage(viewport: { width: number; height: number }, locale: string): Promise<CdpPage>;
  /** A trace of everything, for `stopTracing`. */
  startTracing(categories: string[]): Promise<void>;
  /** The trace since `startTracing`, as Chromium's JSON trace format. */
  stopTracing(): Promise<Buffer>;
  close(): Promise<void>;
}

const namedKeys: Record<string, { code: string; keyCode: number }> = {
  Backspace: { code: 'Backspace', keyCode: 8 },
  Enter: { code: 'Enter', keyCode: 13 },
};

export async function launchCdpBrowser(executablePath: string, args: readonly string[]): Promise<CdpBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'flagwatch-bench-profile-'));
  const chromium: ChildProcess = spawn(
    executablePath,
    [...args, '--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = chromium.stdio[3] as Writable;
  const fromBrowser = chromium.stdio[4] as Readable;
  const waiting = new Map<number, { resolve(r: Reply): void; reject(e: Error): void }>();
  const listeners = new Set<(message: Reply) => void>();
  let nextId = 1;
  let buffered = '';

  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      const caller = message.id === undefined ? undefined : waiting.get(message.id);
      if (caller) {
        waiting.delete(message.id!);
        if (message.error) caller.reject(new Error(message.error.message));
        else caller.resolve(message);
      } else for (const listener of listeners) listener(message);
    }
  });
  chromium.once('exit', () => {
    for (const caller of waiting.values()) caller.reject(new Error('Chromium exited'));
    waiting.clear();
  });

  function send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve: (r) => resolve(r.result ?? {}), reject });
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  }

  function nextEvent(method: string, sessionId?: string): Promise<Reply> {
    return new Promise((resolve) => {
      const listener = (message: Reply) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        listeners.delete(listener);
        resolve(message);
      };
      listeners.add(listener);
    });
  }

  async function newPage(viewport: { width: number; height: number }, locale: string): Promise<CdpPage> {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const inPage = (method: string, params: object = {}) => send(method, params, sessionId);
    await inPage('Page.enable');
    await inPage('Runtime.enable');
    if (process.env.BENCH_NETWORK === '1') await inPage('Network.enable');
    await inPage('Emulation.setDeviceMetricsOverride', { ...viewport, deviceScaleFactor: 1, mobile: false });
    await inPage('Emulation.setLocaleOverride', { locale });

    async function key(type: 'keyDown' | 'keyUp', name: string): Promise<void> {
      const named = namedKeys[name];
      const keyCode = named?.keyCode ?? name.toUpperCase().charCodeAt(0);
      const text = named || type === 'keyUp' ? {} : { text: name, unmodifiedText: name };
      await inPage('Input.dispatchKeyEvent', {
        type: named && type === 'keyDown' ? 'rawKeyDown' : type,
        key: name,
        code: named?.code ?? '',
        windowsVirtualKeyCode: keyCode,
        ...text,
      });
    }

    return {
      async addInitScript(source) {
        await inPage('Page.addScriptToEvaluateOnNewDocument', { source });
      },
      async goto(url) {
        const loaded = nextEvent('Page.loadEventFired', sessionId);
        await inPage('Page.navigate', { url });
        await loaded;
      },
      async evaluate<T>(expression: string) {
        const { result, exceptionDetails } = (await inPage('Runtime.evaluate', {
          expression,
          returnByValue: true,
          awaitPromise: true,
        })) as { result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value;
      },
      async press(name) {
        await key('keyDown', name);
        await key('keyUp', name);
      },
      async wheel(x, y, deltaY) {
        await inPage('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY });
      },
    };
  }

  return {
    newPage,
    async startTracing(categories) {
      await send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
    },
    async stopTracing() {
      const events: unknown[] = [];
      const collect = (message: Reply) => {
        if (message.method === 'Tracing.dataCollected') events.push(...(message.params!.value as unknown[]));
      };
      listeners.add(collect);
      const complete = nextEvent('Tracing.tracingComplete');
      await send('Tracing.end');
      await complete;
      listeners.delete(collect);
      return Buffer.from(JSON.stringify({ traceEvents: events }));
    },
    async close() {
      const exited = new Promise((resolve) => chromium.once('exit', resolve));
      await send('Browser.close').catch(() => undefined);
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}
