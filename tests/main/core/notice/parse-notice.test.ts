// Realistic notices in each language, in the shapes they come in: every field as the text states it.
import { describe, expect, it } from 'vitest';
import { parseNotice, type ParsedNotice } from '../../../../main/core/notice/parse-notice';
import { receivedAt, sampleNotice } from './fixtures';

function parsed(name: string, extra: { subject?: string; from?: string } = {}): ParsedNotice {
  const result = parseNotice({ text: sampleNotice(name), receivedAt, ...extra });
  if (!result.ok) throw new Error(`${name} was not parsed: ${result.reason}`);
  return result.notice;
}

describe('parseNotice in English', () => {
  it('reads listings removed for inauthenticity: ASINs in a list, a period counted from arrival', () => {
    const notice = parsed('en-inauthentic-listings-removed');
    expect(notice).toMatchObject({
      language: 'en',
      metricGroup: 'policy-compliance',
      policy: 'Anti-Counterfeiting Policy',
      asins: ['B0C7KQ2M4X', 'B0D1TR88PL', '0306406152'],
      deadline: '2026-12-07T10:00:00.000Z',
      deadlineText: 'within 17 days',
      links: [],
    });
    expect(notice.requiredAction).toMatch(/^To reactivate your listings, please submit a plan of action/);
    expect(notice.requiredAction).not.toContain('\n');
  });

  it('reads a one-paragraph policy warning with an ASIN inline and a stated date', () => {
    const notice = parsed('en-policy-warning-single-paragraph');
    expect(notice).toMatchObject({
      title: 'Policy Warning: We removed the listing B0B5JN6Y2Q because it violates our Restricted Products Policy.',
      policy: 'Restricted Products Policy',
      asins: ['B0B5JN6Y2Q'],
      deadline: '2026-11-30T23:59:59.000Z',
      deadlineText: 'by November 30, 2026',
      links: ['https://sellercentral.amazon.com/gp/help/external/200164330'],
    });
  });

  it('takes the title from a Subject line and files a deactivation under account', () => {
    const notice = parsed('en-account-deactivated');
    expect(notice.title).toBe('Your Amazon.co.uk selling privileges have been deactivated');
    expect(notice.metricGroup).toBe('account');
    expect(notice.deadline).toBe('2026-11-27T10:00:00.000Z');
    expect(notice.links).toEqual(['https://sellercentral.amazon.co.uk/performance/dashboard']);
  });

  it('gives no deadline, action or ASIN when a metric notice states none', () => {
    const notice = parsed('en-late-shipment-no-deadline');
    expect(notice).toMatchObject({
      title: 'Late Shipment Rate above target',
      metricGroup: 'shipping',
      asins: [],
      deadline: null,
      deadlineText: null,
      policy: null,
    });
  });

  it('reads a numbered ASIN list with product names, an ISBN, and not a complaint id', () => {
    const notice = parsed('en-ip-complaint-numbered');
    expect(notice).toMatchObject({
      title: 'Notice of Intellectual Property Rights Complaint',
      metricGroup: 'policy-compliance',
      policy: 'Intellectual Property Policy',
      asins: ['B0CQ8X2ZLM', 'B0CQ8X3ANB', '1492056200'],
      deadline: '2026-11-27T10:00:00.000Z',
      links: ['https://sellercentral.amazon.com/help/hub/reference/external/G201361070'],
    });
    expect(notice.requiredAction).toMatch(/^If you believe this complaint was made in error, you must provide/);
  });

  it('prefers the subject it is given, without reply prefixes', () => {
    const notice = parsed('en-late-shipment-no-deadline', { subject: 'Fwd: RE: Your Late Shipment Rate' });
    expect(notice.title).toBe('Your Late Shipment Rate');
  });
});

describe('parseNotice in German', () => {
  it('reads inline ASINs, a Richtlinie and innerhalb von 17 Tagen, not Amazon’s 48 Stunden', () => {
    const notice = parsed('de-produktfaelschung');
    expect(notice).toMatchObject({
      language: 'de',
      metricGroup: 'policy-compliance',
      policy: 'Richtlinie zur Bekämpfung von Produktfälschungen',
      asins: ['B0C9XZ4LQ1', 'B0BRW27MN8'],
      deadline: '2026-12-07T10:00:00.000Z',
      deadlineText: 'innerhalb von 17 Tagen',
    });
    expect(notice.requiredAction).toMatch(/^Um Ihre Angebote wieder zu aktivieren, reichen Sie/);
  });

  it('reads a German date (bis zum 30. November 2026) without cutting the sentence at "30."', () => {
    const notice = parsed('de-richtlinienwarnung-datum');
    expect(notice.title).toBe('Richtlinienwarnung');
    expect(notice.deadline).toBe('2026-11-30T23:59:59.000Z');
    expect(notice.deadlineText).toBe('bis zum 30. November 2026');
    expect(notice.requiredAction).toContain('bis zum 30. November 2026 Widerspruch');
    expect(notice.links).toEqual(['https://sellercentral-europe.amazon.com/performance/dashboard']);
  });
});

describe('parseNotice on a German deactivation', () => {
  it('files it under account from the body alone, "Amazon.de" not ending the sentence', () => {
    const body = sampleNotice('de-konto-deaktiviert').replace(/^Betreff:.*\n/, '');
    const result = parseNotice({ text: body, receivedAt });
    expect(result.ok && result.notice.metricGroup).toBe('account');
  });

  it('reads the Betreff line as the title, a query string in the link, and the period', () => {
    const notice = parsed('de-konto-deaktiviert');
    expect(notice).toMatchObject({
      title: 'Ihr Verkäuferkonto wurde deaktiviert',
      asins: [],
      deadlineText: 'innerhalb von 17 Tagen',
      links: ['https://sellercentral-europe.amazon.com/performance/dashboard?mons_sel_mkid=A1PA6795UKMFR9'],
    });
    expect(notice.requiredAction).toMatch(/^Senden Sie uns innerhalb von 17 Tagen einen Maßnahmenplan/);
  });
});

describe('parseNotice in Japanese', () => {
  it('reads a bulleted list with an ISBN and 5営業日以内 in business days', () => {
    const notice = parsed('ja-hon-isbn');
    expect(notice).toMatchObject({
      title: '【要対応】商品の真正性に関するお客様からの苦情',
      asins: ['4062938421', 'B0CZ8N4K2P'],
      policy: null,
      // Friday plus five business days.
      deadline: '2026-11-27T10:00:00.000Z',
      deadlineText: '5営業日以内',
      requiredAction: '出品を再開するには、5営業日以内に仕入れ先の請求書をご提出ください。',
    });
  });

  it('reads 本日より7日以内, not 過去365日以内 or 48時間以内', () => {
    const notice = parsed('ja-shinsei');
    expect(notice).toMatchObject({
      language: 'ja',
      policy: '偽造品の取り扱いに関するポリシー',
      asins: ['B0CJ2W8RTK', 'B0C4M9YH1D'],
      deadline: '2026-11-27T10:00:00.000Z',
      deadlineText: '本日より7日以内',
      title: 'お客様から、以下の商品が本物でないとのご報告をいただきました。',
    });
    expect(notice.requiredAction).toMatch(/ご提出ください。$/);
  });

  it('reads a date with its weekday (2026年12月5日（土）まで)', () => {
    const notice = parsed('ja-kigen-hiduke');
    expect(notice.title).toBe('ポリシー警告 - 出品制限商品');
    expect(notice.deadline).toBe('2026-12-05T23:59:59.000Z');
    expect(notice.deadlineText).toBe('2026年12月5日（土）まで');
    expect(notice.policy).toBe('出品制限商品に関するポリシー');
  });
});

describe('parseNotice in Chinese', () => {
  it('reads ASINs after a full-width colon and 7天内, skipping the greeting and the heading question', () => {
    const notice = parsed('zh-zhishichanquan');
    expect(notice).toMatchObject({
      language: 'zh',
      title: '我们收到了知识产权投诉，称您发布的以下商品侵犯了他人的商标权。',
      policy: '知识产权政策',
      asins: ['B0CP7ZQ2N5', 'B0C1YK9WT3'],
      deadline: '2026-11-27T10:00:00.000Z',
      deadlineText: '7天内',
      requiredAction: '如需恢复商品，请在7天内通过账户状况页面提交行动计划。',
    });
  });

  it('reads a suspension with a stated date across a hard wrap, and a link without its scheme', () => {
    const notice = parsed('zh-xiaoshouquanxian-riqi');
    expect(notice).toMatchObject({
      title: '您的销售权限已被停用',
      metricGroup: 'account',
      deadline: '2026-12-10T23:59:59.000Z',
      deadlineText: '2026年12月10日之前',
      links: ['https://sellercentral.amazon.com/performance/dashboard'],
    });
    expect(notice.requiredAction).toContain('提交行动计划，说明问题的根本原因');
  });
});

describe('parseNotice on Chinese inline ASINs', () => {
  it('reads ASINs separated by 、, 5个工作日内, and 请在…提交 as the required action', () => {
    const notice = parsed('zh-shangpin-shanchu');
    expect(notice).toMatchObject({
      title: '政策警告：受限商品',
      policy: '受限商品政策',
      asins: ['B0D7QW3E5R', 'B0D7QW3E6S'],
      deadline: '2026-11-27T10:00:00.000Z',
      deadlineText: '5个工作日内',
      links: [],
    });
    expect(notice.requiredAction).toContain('请在5个工作日内通过“账户状况”页面提交申诉');
  });
});

describe('parseNotice refuses what is not a notice', () => {
  it('refuses an order email from Amazon', () => {
    expect(parseNotice({ text: sampleNotice('not-a-notice-order'), receivedAt })).toEqual({
      ok: false,
      reason: 'not-a-notice',
    });
  });

  it('refuses empty or blank text', () => {
    expect(parseNotice({ text: ' \n\t\u200b ', receivedAt })).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a notice-like mail from a domain that is not Amazon’s', () => {
    const result = parseNotice({
      text: sampleNotice('en-inauthentic-listings-removed'),
      from: 'Seller Performance <seller-performance@amazon-support.example>',
      receivedAt,
    });
    expect(result).toEqual({ ok: false, reason: 'not-from-amazon' });
  });

  it('accepts the same mail from an Amazon marketplace domain', () => {
    for (const from of ['seller-performance@amazon.com', '"Amazon" <notice@marketplace.amazon.co.jp>']) {
      expect(parseNotice({ text: sampleNotice('ja-shinsei'), from, receivedAt }).ok).toBe(true);
    }
  });
});

describe('parseNotice keeps the text', () => {
  it('normalises line breaks and trailing spaces but keeps Amazon’s words', () => {
    const result = parseNotice({ text: 'Policy Warning   \r\n\r\n\r\n\r\nWe removed B0B5JN6Y2Q.\r\n', receivedAt });
    expect(result.ok && result.notice.text).toBe('Policy Warning\n\nWe removed B0B5JN6Y2Q.');
  });
});
