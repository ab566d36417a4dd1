import { describe, expect, it } from 'vitest';
import { socketUrl } from '../../../renderer/host/browser-host';

describe('the browser host connection', () => {
  it('opens the WebSocket on the page’s own host and port, with the page’s token', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:41234', search: '?token=k9%2Fq%3D&lang=en' })).toBe(
      'ws://127.0.0.1:41234/ws?token=k9%2Fq%3D',
    );
  });

  it('refuses to start without a token, saying which address to open', () => {
    expect(() => socketUrl({ protocol: 'http:', host: '127.0.0.1:41234', search: '' })).toThrow(
      /address that `flagwatch serve` printed/,
    );
  });
});
