// Each account's own checks in the window: a banner per failing account with a Retry of that
// account alone.
export const sourceChecks = {
  'sourceChecks.failed.title': 'Checking {account} failed',
  'sourceChecks.retry': 'Retry',
  'sourceChecks.retry.label': 'Retry checking {account}',
} as const;
