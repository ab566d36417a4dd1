// Seller Central links: Amazon's own, as https, each once, without the sentence's punctuation.
import { describe, expect, it } from 'vitest';
import { findSellerCentralLinks } from '../../../../main/core/notice/seller-central-links';

describe('findSellerCentralLinks', () => {
  it('keeps Seller Central links of every region and drops trailing punctuation', () => {
    expect(
      findSellerCentralLinks(
        'See https://sellercentral.amazon.com/performance/dashboard. Or (sellercentral-europe.amazon.com/gp/help/1), ' +
          'http://sellercentral.amazon.com.mx/x and https://sellercentral.amazon.com/performance/dashboard again.',
      ),
    ).toEqual([
      'https://sellercentral.amazon.com/performance/dashboard',
      'https://sellercentral-europe.amazon.com/gp/help/1',
      'https://sellercentral.amazon.com.mx/x',
    ]);
  });

  it('leaves out other sites, look-alike domains and links inside Japanese brackets', () => {
    expect(
      findSellerCentralLinks(
        'https://example.com/x https://sellercentral.amazon.com.evil.example/ xsellercentral.amazon.com',
      ),
    ).toEqual([]);
    expect(findSellerCentralLinks('「https://sellercentral.amazon.co.jp/help」')).toEqual([
      'https://sellercentral.amazon.co.jp/help',
    ]);
  });

  it('keeps only what the external-link allowlist opens: the marketplaces Flagwatch knows', () => {
    expect(
      findSellerCentralLinks(
        'https://sellercentral.amazon.cn/x https://sellercentral.amazon.sg/y https://sellercentral-japan.amazon.com/z',
      ),
    ).toEqual(['https://sellercentral-japan.amazon.com/z']);
  });
});
