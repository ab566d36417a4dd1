import { describe, expect, it } from 'vitest';
import { marketplaces } from '../../../main/core/catalog/marketplaces';
import { isAllowedExternalUrl, sellerCentralHosts } from '../../../main/core/external-links';

describe('isAllowedExternalUrl', () => {
  it('opens every marketplace Seller Central over https, and the pan-European and Japanese ones', () => {
    for (const m of marketplaces) {
      expect(isAllowedExternalUrl(`https://${m.sellerCentral}/performance/dashboard`), m.code).toBe(true);
    }
    expect(isAllowedExternalUrl('https://sellercentral-europe.amazon.com/cu/contact-us')).toBe(true);
    expect(isAllowedExternalUrl('https://sellercentral-japan.amazon.com/performance/dashboard')).toBe(true);
    expect(sellerCentralHosts.size).toBe(marketplaces.length + 2);
  });

  it('opens mail and phone links', () => {
    expect(isAllowedExternalUrl('mailto:support@example.com?subject=Appeal')).toBe(true);
    expect(isAllowedExternalUrl('tel:+1-555-0100')).toBe(true);
  });

  it('refuses mail links that ask the mail client to attach a file, however the field is spelt', () => {
    expect(isAllowedExternalUrl('mailto:support@example.com?attach=/home/seller/.ssh/id_rsa')).toBe(false);
    expect(isAllowedExternalUrl('mailto:support@example.com?subject=Hi&Attachment=C:%5Ckeys.txt')).toBe(false);
    expect(isAllowedExternalUrl('mailto:a@example.com?subject=Case&body=Hello&cc=b@example.com')).toBe(true);
  });

  it('refuses phone links with anything after the number', () => {
    expect(isAllowedExternalUrl('tel:+1-555-0100?call=now')).toBe(false);
  });

  it('refuses mail and phone links without an address', () => {
    expect(isAllowedExternalUrl('mailto:')).toBe(false);
    expect(isAllowedExternalUrl('tel:')).toBe(false);
  });

  it('refuses plain http, even to Seller Central', () => {
    expect(isAllowedExternalUrl('http://sellercentral.amazon.com/')).toBe(false);
  });

  it('matches the host exactly: no subdomains, lookalikes or other ports', () => {
    expect(isAllowedExternalUrl('https://evil.sellercentral.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://sellercentral.amazon.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://sellercentral.amazon.com:8443/')).toBe(false);
  });

  it('ignores letter case and the default port, as the URL standard does', () => {
    expect(isAllowedExternalUrl('HTTPS://SellerCentral.Amazon.DE:443/home')).toBe(true);
  });

  it('refuses links carrying credentials, which only phishing needs', () => {
    expect(isAllowedExternalUrl('https://user:pass@sellercentral.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@sellercentral.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://:pass@sellercentral.amazon.com/')).toBe(false);
  });

  it('refuses other schemes and text that is not a URL', () => {
    for (const link of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'ftp://sellercentral.amazon.com/',
      'sellercentral.amazon.com',
      '',
    ]) {
      expect(isAllowedExternalUrl(link), link).toBe(false);
    }
  });
});
