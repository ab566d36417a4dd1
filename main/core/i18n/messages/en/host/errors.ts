// Errors the host answers a command with: a request it refused, something it could not find or
// save, an account it could not accept (the form's own field names come from `accounts`).
export const errors = {
  'errors.saveNotifications': 'could not save the new notifications: {problem}',
  'errors.unknownCommand': 'Unknown command: {command}',
  'errors.invalidRequest': 'Flagwatch could not accept the request ({details})',

  'errors.notFound.notification': 'No notification with id {id}',
  'errors.notFound.account': 'No Amazon account with id {id}: it may have been removed.',
  'errors.notFound.appeal': 'No appeal with id {id}: it may have been removed.',
  'errors.notFound.appealVersion': 'Appeal {id} has no version {version}.',
  'errors.notFound.appealAttempt': 'Appeal {id} has no attempt {attempt}.',

  'errors.account.cannotSave': 'Could not save the account: {problems}.',
  'errors.account.newNeedsSecrets':
    'Could not save the account: a new account needs its client secret and its refresh token.',
  'errors.account.clientIdChanged':
    'Could not save the account: the client id changed, so enter the client secret that goes with it.',
  'errors.account.endpointChanged':
    'Could not save the account: the SP-API or token endpoint changed, so enter the client secret and the refresh token again. Saved secrets are only ever sent to the endpoints they were entered for.',
  /** "Marketplaces: Germany (DE) is listed twice"; issues are joined with "; ". */
  'errors.account.issue': '{field}: {problem}',
  'errors.account.issues': '{first}; {second}',
  'errors.account.field.endpoint': 'SP-API endpoint',
  'errors.account.field.tokenEndpoint': 'Token endpoint',
  'errors.account.marketplaceTwice': '{marketplace} is listed twice',
  'errors.account.marketplaceUnknown': '{marketplace} is not a marketplace Flagwatch knows',
  'errors.account.marketplaceOutsideRegion': '{marketplace} is not served by the {region} region',
  'errors.account.notUrl': 'must be a URL',
  'errors.account.unsafeEndpoint':
    'must start with https:// (plain http:// is only allowed for 127.0.0.1 or localhost)',
} as const;
