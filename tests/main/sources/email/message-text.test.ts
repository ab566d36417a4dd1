// The MIME-to-text step on its own: which part it reads, what it decodes, and where it stops.
import { describe, expect, it } from 'vitest';
import { maxTextChars, messageText } from '../../../../main/sources/email';

const mail = (lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('messageText', () => {
  it('prefers the text part of a multipart/alternative message', async () => {
    const result = await messageText(
      mail([
        'Content-Type: multipart/alternative; boundary=x',
        '',
        '--x',
        'Content-Type: text/plain',
        '',
        'plain words',
        '--x',
        'Content-Type: text/html',
        '',
        '<p>html words</p>',
        '--x--',
      ]),
    );
    expect(result.text.trim()).toBe('plain words');
  });

  it('converts an HTML-only body to text, dropping scripts, styles and tags', async () => {
    const result = await messageText(
      mail(['Content-Type: text/html', '', '<style>b{}</style><script>steal()</script><p>Send &amp; reply</p>']),
    );
    expect(result.text.trim()).toBe('Send & reply');
  });

  it('decodes an RFC 2047 subject and gives the sender address and Message-ID', async () => {
    const result = await messageText(
      mail([
        'From: "Amazon" <notice@amazon.co.jp>',
        'Subject: =?UTF-8?B?5rOo5oSP?=',
        'Message-ID: <m1@amazon.co.jp>',
        'Date: Tue, 24 Nov 2026 09:15:00 +0000',
        '',
        'x',
      ]),
    );
    expect(result).toMatchObject({
      subject: '注意',
      from: 'notice@amazon.co.jp',
      messageId: '<m1@amazon.co.jp>',
      date: '2026-11-24T09:15:00.000Z',
    });
  });

  it('leaves out a Date header that is not a date', async () => {
    expect((await messageText(mail(['Date: someday', '', 'x']))).date).toBeUndefined();
  });

  it('cuts a text longer than the bound', async () => {
    const result = await messageText(mail(['Content-Type: text/plain', '', 'a'.repeat(maxTextChars + 10)]));
    expect(result.text.length).toBe(maxTextChars);
  });

  it('reads an empty message as no text', async () => {
    expect(await messageText(Buffer.alloc(0))).toEqual({ text: '' });
  });
});
