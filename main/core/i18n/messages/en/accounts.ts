// The Amazon (SP-API) accounts: the list, the form, and the answer of "Test connection".
export const accounts = {
  'accounts.list.title': 'Amazon accounts',
  'accounts.list.intro':
    "Flagwatch reads each account's performance through Amazon's Selling Partner API, with the credentials of your own app in Developer Central. The client secret and refresh token stay in this computer's secure storage.",
  'accounts.list.loading': 'Loading accounts…',
  'accounts.list.empty': 'No Amazon account yet.',
  'accounts.add': 'Add account',
  'accounts.field.region': 'Region',
  'accounts.field.marketplaces': 'Marketplaces',
  'accounts.field.sellerId': 'Seller id',
  'accounts.field.credentials': 'Credentials',
  'accounts.credentials.stored': 'Stored',
  'accounts.credentials.missing': 'Missing: edit the account and enter them',
  'accounts.region.NA': 'North America',
  'accounts.region.EU': 'Europe',
  'accounts.region.FE': 'Far East',

  'accounts.list.edit': 'Edit',
  'accounts.list.editLabel': 'Edit {name}',
  'accounts.list.test': 'Test connection',
  'accounts.list.testLabel': 'Test connection of {name}',
  'accounts.list.testing': 'Testing…',
  'accounts.list.remove': 'Remove',
  'accounts.list.removeLabel': 'Remove {name}',
  'accounts.list.confirm.label': 'Confirm removing {name}',
  'accounts.list.confirm.text': 'Remove {name} and its stored credentials from Flagwatch?',
  'accounts.list.confirm.yes': 'Yes, remove',
  'accounts.list.confirm.no': 'Keep it',
  'accounts.list.testingConnection': 'Testing the connection…',
  'accounts.list.connectionLabel': 'Connection of {name}',
  'accounts.list.testedAt': '{answer} (tested {when})',

  'accounts.test.connected': 'Connected to Amazon.',
  'accounts.test.connectedAs': 'Connected to Amazon as {seller}.',
  'accounts.test.sellingOn': 'Selling on {marketplaces}.',
  'accounts.test.notSellingOn': 'Not selling on {marketplaces}: Amazon will report nothing there.',
  'accounts.test.missingSecrets':
    'The client secret and refresh token of this account are not saved. Enter both, save, then test again.',
  'accounts.test.refreshToken':
    "Amazon refused the refresh token: it is mistyped, or the seller revoked this app's authorization. Authorize the app again in Seller Central and paste the new refresh token.",
  'accounts.test.clientCredentials':
    'Amazon refused the client id or client secret. Check both in Developer Central; client secrets expire every 180 days, so a new one may be due.',
  'accounts.test.missingRole':
    'The connection works, but the app may not read the seller performance report: give it the Selling Partner Insights role in Developer Central, then authorize it again.',
  'accounts.test.unreachable':
    'Amazon could not be reached. Check the internet connection (and any proxy or firewall), then test again.',
  'accounts.test.throttled': 'Amazon asked Flagwatch to slow down (too many requests). Wait a minute, then test again.',

  'accounts.form.add': 'Add an Amazon account',
  'accounts.form.name': 'Name',
  'accounts.form.sellerId': 'Seller id (merchant token)',
  'accounts.form.clientId': 'Client id',
  'accounts.form.clientSecret': 'Client secret',
  'accounts.form.refreshToken': 'Refresh token',
  'accounts.form.keepHint': 'Leave empty to keep the stored one.',
  'accounts.error.name': 'give the account a name',
  'accounts.error.region': 'choose a region',
  'accounts.error.sellerId':
    'must be the merchant token from Seller Central (8 to 20 capital letters and digits, e.g. A2EXAMPLE1234)',
  'accounts.error.noMarketplace': 'choose at least one marketplace',
  'accounts.error.tooManyMarketplaces': 'choose at most {max, number} marketplaces',
  'accounts.error.marketplaceRegion': 'choose only marketplaces this region serves, each once',
  'accounts.error.clientId': 'must be the app\'s LWA client id, starting with "{prefix}"',
  'accounts.error.secretText': 'must not be empty, and must not contain spaces or line breaks',
  'accounts.error.refreshToken': 'must be an LWA refresh token, starting with "Atzr|"',
  'accounts.error.clientSecretNeeded': 'a new account needs its client secret',
  'accounts.error.refreshTokenNeeded': 'a new account needs its refresh token',

  /** What failed, for "Could not {action}: …" (common.couldNot). */
  'accounts.action.load': 'load the accounts',
  'accounts.action.save': 'save the account',
  'accounts.action.remove': 'remove the account',
  'accounts.action.test': 'test the connection',
} as const;
