// Checking one account on request, as the host answers it.
export const sourceChecks = {
  'sourceChecks.notFound': 'No checked account or source has the id {id}: it may have been removed.',
} as const;
