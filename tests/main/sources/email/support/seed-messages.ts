// Mail as it reaches a seller's mailbox: Amazon's notices in the shapes they come in (multipart
// with quoted-printable text and HTML, HTML only in base64, encoded non-ASCII subjects, a PDF
// attached, a 5 MB message, one in the spam folder), and what else is there (a newsletter, a
// broken MIME message). Each notice names its ASINs so a test can tell which one arrived.
import type { Folder } from './dovecot';

export interface SeedMessage {
  name: string;
  folder: Folder;
  raw: string | Buffer;
  /** ASINs of a notice; undefined when the message is not one. */
  asins?: string[];
  flags?: string;
}

export const amazonFrom = 'Amazon Seller Performance <seller-performance@amazon.com>';

/** A plain UTF-8 text mail to the seller, the shape most notices and most other mail come in. */
export function plainTextMail(mail: {
  from: string;
  to?: string;
  subject: string;
  date?: string;
  messageId: string;
  body: string;
}): string {
  return [
    `From: ${mail.from}`,
    `To: ${mail.to ?? 'seller@example.com'}`,
    `Subject: ${mail.subject}`,
    `Date: ${mail.date ?? 'Tue, 24 Nov 2026 09:15:00 +0000'}`,
    `Message-ID: <${mail.messageId}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    mail.body,
  ].join('\n');
}

export function noticeMessage(options: { asin: string; subject?: string; messageId?: string; date?: string }): string {
  return plainTextMail({
    from: amazonFrom,
    subject: options.subject ?? 'Action required: Policy Warning',
    ...(options.date ? { date: options.date } : {}),
    messageId: options.messageId ?? `${options.asin}.notice@amazon.com`,
    body: `Hello,\n\nWe received a complaint about ASIN: ${options.asin}. Send a plan of action within 17 days.\n`,
  });
}

const multipartQuotedPrintable = [
  `From: ${amazonFrom}`,
  'To: seller@example.com',
  // "Richtlinienwarnung – Maßnahme erforderlich" in UTF-8, base64 (RFC 2047)
  `Subject: =?UTF-8?B?${Buffer.from('Richtlinienwarnung – Maßnahme erforderlich').toString('base64')}?=`,
  'Date: Mon, 23 Nov 2026 08:00:00 +0100',
  'Message-ID: <multipart-qp.1@amazon.de>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Guten Tag,=0A',
  'wir haben eine Beschwerde zu folgender ASIN erhalten: B0MULTIQP1. Bitte reic=',
  'hen Sie innerhalb von 17 Tagen einen Ma=C3=9Fnahmenplan ein.',
  '',
  '--b1',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<p>Guten Tag,</p><p>ASIN: <b>B0MULTIQP1</b></p>',
  '',
  '--b1--',
  '',
].join('\n');

const htmlOnlyBase64 = [
  `From: ${amazonFrom}`,
  'To: seller@example.com',
  'Subject: =?ISO-8859-1?Q?Listing_deactivated_=96_r=E9f=E9rence?=',
  'Date: Mon, 23 Nov 2026 10:00:00 +0000',
  'Message-ID: <html-only.1@amazon.com>',
  'MIME-Version: 1.0',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from(
    '<html><head><style>p{color:red}</style><script>alert("x")</script></head><body>' +
      '<p>Your listing was deactivated.</p><ul><li>ASIN: B0HTMLONLY</li></ul>' +
      '<p>Respond by <a href="https://sellercentral.amazon.com/performance">Account Health</a> within 7 days.</p>' +
      '</body></html>',
  )
    .toString('base64')
    .replace(/(.{76})/g, '$1\n'),
  '',
].join('\n');

const withAttachment = [
  `From: ${amazonFrom}`,
  'To: seller@example.com',
  'Subject: Documents requested',
  'Date: Sun, 22 Nov 2026 12:00:00 +0000',
  'Message-ID: <attachment.1@amazon.com>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="mix"',
  '',
  '--mix',
  'Content-Type: text/plain; charset=us-ascii',
  '',
  'Provide invoices from the last 365 days for ASIN B0ATTACHED.',
  '--mix',
  'Content-Type: application/pdf; name="policy.pdf"',
  'Content-Disposition: attachment; filename="policy.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4\n% a small test document\n').toString('base64'),
  '--mix--',
  '',
].join('\n');

function fiveMegabytes(): Buffer {
  const head = [
    `From: ${amazonFrom}`,
    'To: seller@example.com',
    'Subject: Images of your product',
    'Date: Sat, 21 Nov 2026 12:00:00 +0000',
    'Message-ID: <big.1@amazon.com>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="big"',
    '',
    '--big',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'We need photos of the product with ASIN B0BIGFIVEM.',
    '--big',
    'Content-Type: image/jpeg; name="photo.jpg"',
    'Content-Transfer-Encoding: base64',
    '',
  ].join('\r\n');
  const line = `${'A'.repeat(76)}\r\n`;
  const body = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
  return Buffer.from(`${head}\r\n${body}--big--\r\n`);
}

const malformed = [
  `From: ${amazonFrom}`,
  'Subject: =?UTF-8?B?broken base64!!?= and =?x-unknown?Q?what?=',
  'Content-Type: multipart/mixed; boundary="never-closed"',
  'Content-Transfer-Encoding: 8bit',
  'Date: not a date',
  '',
  '--never-closed',
  'Content-Type: text/html; charset=no-such-charset',
  'Content-Transfer-Encoding: base64',
  '',
  '@@@ this is not base64 <<<>>>',
  '--never-closed',
  'Content-Type: multipart/alternative; boundary="inner"',
  '',
  '--inner',
  '\u00ff\u00fe raw bytes',
].join('\n');

const newsletter = [
  'From: Shop Weekly <news@shop-weekly.example>',
  'To: seller@example.com',
  'Subject: 10 tips for your store',
  'Date: Fri, 20 Nov 2026 07:00:00 +0000',
  'Message-ID: <news.1@shop-weekly.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Mention ASIN B0NOTAMAZN in your ads! (This is not from Amazon.)',
  '',
].join('\n');

const spamJapanese = [
  `From: ${amazonFrom.replace('amazon.com', 'amazon.co.jp')}`,
  'To: seller@example.com',
  `Subject: =?UTF-8?B?${Buffer.from('ポリシー違反の警告').toString('base64')}?=`,
  'Date: Thu, 19 Nov 2026 01:00:00 +0900',
  'Message-ID: <spam-jp.1@amazon.co.jp>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('出品者様\nASIN: B0INSPAMJP について、本日より7日以内に改善計画書を提出してください。\n').toString(
    'base64',
  ),
  '',
].join('\n');

export function seedMessages(): SeedMessage[] {
  return [
    {
      name: 'multipart, quoted-printable, RFC 2047 subject',
      folder: 'INBOX',
      raw: multipartQuotedPrintable,
      asins: ['B0MULTIQP1'],
    },
    { name: 'HTML only, base64', folder: 'INBOX', raw: htmlOnlyBase64, asins: ['B0HTMLONLY'], flags: 'S' },
    { name: 'with an attachment', folder: 'INBOX', raw: withAttachment, asins: ['B0ATTACHED'] },
    { name: '5 MB message', folder: 'INBOX', raw: fiveMegabytes(), asins: ['B0BIGFIVEM'] },
    { name: 'malformed MIME', folder: 'INBOX', raw: malformed },
    { name: 'not from Amazon', folder: 'INBOX', raw: newsletter, flags: 'FS' },
    { name: 'in spam, Japanese', folder: 'Junk', raw: spamJapanese, asins: ['B0INSPAMJP'] },
  ];
}

export const seededNoticeAsins = seedMessages().flatMap((message) => message.asins ?? []);
