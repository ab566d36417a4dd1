import { beforeAll, describe, expect, it } from 'vitest';
import { AccountConfigDraftSchema, marketplacesInRegion } from '../../../../main/core/accounts/account-config';
import { loadEnglishIssueMessages } from '../../../../main/core/issue-messages';
import { validDraft } from './fixtures';

const us = 'ATVPDKIKX0DER';
const de = 'A1PA6795UKMFR9';
const jp = 'A1VC38T7YXB528';

const draft = validDraft;

function problems(input: unknown): string[] {
  const result = AccountConfigDraftSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('SP-API account configuration', () => {
  // Rules without a message of their own speak with zod's, as the hosts word them.
  beforeAll(loadEnglishIssueMessages);

  it("lists each region's marketplaces from the catalog", () => {
    expect(marketplacesInRegion('NA').map((m) => m.code)).toEqual(['US', 'CA', 'MX', 'BR']);
    expect(marketplacesInRegion('EU').map((m) => m.code)).toEqual([
      'UK',
      'DE',
      'FR',
      'IT',
      'ES',
      'NL',
      'PL',
      'SE',
      'BE',
      'TR',
      'IN',
    ]);
    expect(marketplacesInRegion('FE').map((m) => m.code)).toEqual(['JP', 'AU']);
  });

  it('accepts a complete account and trims what was pasted around the ids', () => {
    const parsed = AccountConfigDraftSchema.parse({
      ...draft,
      sellerId: ' A2EXAMPLE1234 ',
      clientId: `${draft.clientId}\n`,
    });
    expect(parsed).toEqual(draft);
  });

  it('names each marketplace that its region does not serve, and unknown or repeated ones, for a reader to word', () => {
    expect(problems({ ...draft, marketplaceIds: [us, de, 'XYZ', us] })).toEqual([
      `marketplaceIds.1: ${de} is not served by the NA region`,
      'marketplaceIds.2: XYZ is not a marketplace Flagwatch knows',
      `marketplaceIds.3: ${us} is listed twice`,
    ]);
    const result = AccountConfigDraftSchema.safeParse({ ...draft, marketplaceIds: [us, de] });
    expect(!result.success && result.error.issues[0]).toMatchObject({
      params: { problem: 'marketplaceOutsideRegion', marketplaceId: de, region: 'NA' },
    });
    expect(problems({ ...draft, region: 'FE', marketplaceIds: [jp] })).toEqual([]);
  });

  it('wants 1 to 25 marketplaces', () => {
    expect(problems({ ...draft, marketplaceIds: [] })).toEqual(['marketplaceIds: choose at least one marketplace']);
  });

  it("wants the LWA client id's prefix, and a merchant token as seller id", () => {
    expect(problems({ ...draft, clientId: 'my-app', sellerId: 'seller@example.com' })).toEqual([
      'sellerId: must be the merchant token from Seller Central (8 to 20 capital letters and digits, e.g. A2EXAMPLE1234)',
      'clientId: must be the app\'s LWA client id, starting with "amzn1.application-oa2-client."',
    ]);
  });

  it('sends tokens only over TLS, or plain HTTP to this machine', () => {
    expect(
      problems({
        ...draft,
        endpoint: 'http://127.0.0.1:8123',
        tokenEndpoint: 'https://api.example.test/auth/o2/token',
      }),
    ).toEqual([]);
    expect(problems({ ...draft, endpoint: 'http://sp-api.example.test' })).toEqual([
      'endpoint: must start with https:// (plain http:// is only allowed for 127.0.0.1 or localhost)',
    ]);
  });

  it('wants something after the client id prefix', () => {
    expect(problems({ ...draft, clientId: 'amzn1.application-oa2-client.' })).toEqual([
      'clientId: must be the app\'s LWA client id, starting with "amzn1.application-oa2-client."',
    ]);
    expect(problems({ ...draft, clientId: 'amzn1.application-oa2-client.x' })).toEqual([]);
  });

  it('allows plain HTTP to each name of this machine, and only over http: or https:', () => {
    for (const endpoint of ['http://localhost:8123', 'http://[::1]:8123', 'http://127.0.0.1'])
      expect(problems({ ...draft, endpoint })).toEqual([]);
    expect(problems({ ...draft, endpoint: 'ftp://localhost/' })).toEqual([
      'endpoint: must start with https:// (plain http:// is only allowed for 127.0.0.1 or localhost)',
    ]);
  });

  it('refuses fields it does not know, so a secret cannot slip into the stored config', () => {
    expect(problems({ ...draft, clientSecret: 'oops' })).toEqual([': Unrecognized key: "clientSecret"']);
  });
});
