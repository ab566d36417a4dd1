// Errors worded by core modules the window shares with the host: a connection test that failed
// unexpectedly. The host's answers to a refused command are in host/errors.ts.
export const errors = {
  'errors.test.unexpected': 'The test failed for an unexpected reason: {detail}',
  'errors.test.unexpectedNoDetail': 'The test failed for an unexpected reason.',
} as const;
