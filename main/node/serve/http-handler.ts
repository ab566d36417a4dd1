// Answers plain HTTP requests: the built renderer's files, and nothing else. They are the same
// public code for every user and hold no data, so they are served without the run's token: a
// page reaches data only through the WebSocket, which needs it. That lets the page take the
// token out of its address (and so out of the history) and still reload.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { contentTypeFor, fileInside } from './static-files';

export interface PageAccess {
  rendererDir: string;
  /** "127.0.0.1:<port>": the only Host a request may name (refuses DNS-rebinding pages). */
  host(): string;
}

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Framing cannot be forbidden from the page's <meta> CSP, only by a header.
  'X-Frame-Options': 'DENY',
};

/**
 * The page's policy as a header too: it adds what a <meta> policy cannot say (frame-ancestors),
 * forbids form submissions, and names this run's own socket rather than any port.
 */
export function contentSecurityPolicy(host: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ws://${host}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function createHttpHandler(access: PageAccess) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return plain(res, 405, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' });
    }
    if (req.headers.host !== access.host()) {
      return plain(
        res,
        421,
        `This server answers only to ${access.host()}. Open the address that \`flagwatch serve\` printed.`,
      );
    }
    // Only origin-form targets ("/path?query"); "//x" would otherwise parse as a host.
    const target = req.url ?? '';
    if (!target.startsWith('/') || target.startsWith('//')) return plain(res, 400, 'Bad request target.');
    const url = new URL(`http://${access.host()}${target}`);
    const pathname = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = fileInside(access.rendererDir, pathname);
    if (file === null) return notFound(res);
    const isPage = path.extname(file).toLowerCase() === '.html';
    let body: Buffer;
    try {
      if (!(await stat(file)).isFile()) return notFound(res);
      body = await readFile(file);
    } catch {
      return notFound(res);
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': contentTypeFor(file),
      'Content-Length': body.length,
      // The page's first address holds the token: keep it out of every cache.
      ...(isPage
        ? { 'Cache-Control': 'no-store', 'Content-Security-Policy': contentSecurityPolicy(access.host()) }
        : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

function notFound(res: ServerResponse): void {
  plain(res, 404, 'Not found.');
}

function plain(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = `${message}\n`;
  res.writeHead(status, {
    ...securityHeaders,
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
