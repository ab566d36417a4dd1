// Each account's own checks in the window: a banner per failing account with a Retry of that
// account alone, and what a retry of an unknown source answers.
export const sourceChecks = {
  'sourceChecks.failed.title': 'Checking {account} failed',
  'sourceChecks.retry': 'Retry',
  'sourceChecks.retry.label': 'Retry checking {account}',
  'sourceChecks.notFound': 'No checked account or source has the id {id}: it may have been removed.',
} as const;
