import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../main/core/external-links';
import { marketplaces } from '../../../../main/core/catalog/marketplaces';
import { supportLinks } from '../../../../main/core/support/support-links';

const DE = 'A1PA6795UKMFR9';
const US = 'ATVPDKIKX0DER';

describe('supportLinks', () => {
  it('points a German notification at sellercentral.amazon.de', () => {
    expect(supportLinks(DE)).toEqual([
      { kind: 'email', url: 'https://sellercentral.amazon.de/cu/contact-us' },
      { kind: 'phone', url: 'https://sellercentral.amazon.de/hz/contact-us/performance' },
      { kind: 'chat', url: 'https://sellercentral.amazon.de/cu/contact-us' },
      { kind: 'notifications', url: 'https://sellercentral.amazon.de/gp/customer-experience/perf-notifications.html' },
      { kind: 'accountHealth', url: 'https://sellercentral.amazon.de/performance/dashboard' },
    ]);
  });

  it('points a US notification at sellercentral.amazon.com', () => {
    expect(supportLinks(US).every((link) => link.url.startsWith('https://sellercentral.amazon.com/'))).toBe(true);
  });

  it('gives only links the external-link allowlist lets through, on every marketplace and an unknown one', () => {
    for (const id of [...marketplaces.map((m) => m.id), 'UNKNOWN']) {
      for (const link of supportLinks(id)) expect(isAllowedExternalUrl(link.url), link.url).toBe(true);
    }
  });
});
