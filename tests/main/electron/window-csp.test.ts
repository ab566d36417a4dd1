// The page the Electron window loads (the built renderer's index.html, from a file: URL) carries
// its policy in a <meta> tag: it may connect to its own origin only. No ws:, wss:, http: or
// wildcard source: the window talks to main through IPC, never a socket (the browser host's
// WebSocket is same-origin, which 'self' covers there).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const page = readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');

function metaPolicy(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) throw new Error('the page has no Content-Security-Policy <meta> tag');
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("the Electron window's page policy", () => {
  const policy = metaPolicy(page);

  it('connects to its own origin only', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it.each(['ws:', 'wss:', 'http:', 'https:', '*'])('names no %s source anywhere', (scheme) => {
    for (const [directive, sources] of policy)
      expect(
        sources.filter((s) => s.startsWith(scheme)),
        directive,
      ).toEqual([]);
  });

  it("runs only the page's own scripts, and embeds nothing", () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });
});
