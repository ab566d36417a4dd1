// A valid SP-API account draft as the form sends it: the account tests change one field of it at a
// time, so each refusal has one cause.
import { US } from '../../../support/fixtures';

export const validDraft = {
  name: 'Northwind Goods',
  region: 'NA',
  sellerId: 'A2EXAMPLE1234',
  marketplaceIds: [US],
  clientId: 'amzn1.application-oa2-client.0123456789abcdef',
} as const;
