// Mail is written by strangers: messages built from the pieces real and broken mail is made of
// (encoded words, quoted-printable, base64, nested multiparts with unclosed boundaries, unknown
// charsets, HTML, raw bytes) go through the MIME-to-text step. It never throws and its output
// stays within its bounds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxTextChars, messageText } from '../../../../main/sources/email';

const word = fc.constantFrom(
  'ASIN',
  'B0ABCDEFGH',
  '=?UTF-8?B?5pel5pys?=',
  '=?ISO-8859-1?Q?r=E9f=E9rence?=',
  '=?x-unknown?Q?x?=',
  '=?UTF-8?B?!!!?=',
  '=C3=9F',
  '=\r\n',
  '=ZZ',
  '<script>alert(1)</script>',
  '<p>',
  '&amp;',
  '&#x1F600;',
  '\u0000',
  '\uFFFD',
  'within 17 days',
  '本日より7日以内',
  '--b',
  '--b--',
  ' ',
  '\r\n',
  '\n\n',
);
const text = fc.oneof(
  fc.array(word, { maxLength: 30 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 200 }),
);
const header = fc.oneof(
  text.map((t) => `Subject: ${t}`),
  text.map((t) => `From: ${t}`),
  fc.constantFrom(
    'From: Amazon <seller-performance@amazon.com>',
    'Content-Type: multipart/mixed; boundary="b"',
    'Content-Type: multipart/alternative; boundary=b',
    'Content-Type: text/html; charset=utf-8',
    'Content-Type: text/plain; charset=no-such-charset',
    'Content-Type: message/rfc822',
    'Content-Transfer-Encoding: base64',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Transfer-Encoding: x-uuencode',
    'Date: Tue, 24 Nov 2026 09:15:00 +0000',
    'Date: yesterday',
    'Message-ID: <a@b>',
    'MIME-Version: 1.0',
    ' folded continuation',
  ),
);
const part = fc
  .tuple(fc.array(header, { maxLength: 6 }), text)
  .map(([headers, body]) => `${headers.join('\r\n')}\r\n\r\n${body}`);
const message = fc.oneof(
  fc
    .tuple(fc.array(header, { maxLength: 8 }), fc.array(part, { maxLength: 4 }), text)
    .map(([headers, parts, tail]) =>
      Buffer.from(`${headers.join('\r\n')}\r\n\r\n${parts.map((p) => `--b\r\n${p}`).join('\r\n')}${tail}`),
    ),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
);

describe('messageText on any message', () => {
  it('never throws and stays within its bounds (10,000 messages)', async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(message, async (raw) => {
        const result = await messageText(raw);
        expect(result.text.length).toBeLessThanOrEqual(maxTextChars);
        expect(result.subject?.length ?? 0).toBeLessThanOrEqual(1000);
        expect(result.from?.length ?? 0).toBeLessThanOrEqual(1000);
        expect(result.text).not.toContain('\u0000');
      }),
      { numRuns: 10_000, seed: 20261126 },
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
