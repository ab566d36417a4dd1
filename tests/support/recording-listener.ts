// A loopback HTTP listener that writes down every request it receives (method, path, headers,
// body) and answers as the test says: the "somewhere else" that secrets must never reach, a
// server that redirects, or one that echoes what it was sent back in its error text.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Reply = (request: ReceivedRequest, response: ServerResponse) => void;

export interface RecordingListener {
  /** http://127.0.0.1:<port> */
  url: string;
  received: ReceivedRequest[];
  /** Everything received, as one text to search for a secret in any form. */
  everything(): string;
  close(): Promise<void>;
}

const answerEmpty: Reply = (_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end('{}');
};

export async function startRecordingListener(reply: Reply = answerEmpty): Promise<RecordingListener> {
  const received: ReceivedRequest[] = [];
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);
      reply(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    everything: () => received.map((r) => `${r.method} ${r.path}\n${JSON.stringify(r.headers)}\n${r.body}`).join('\n'),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
