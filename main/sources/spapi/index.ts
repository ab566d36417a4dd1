// The SP-API source's public surface: what the composition root and the hosts may use of it.
// Everything else in this folder is its own business.
export { createConnectionTester } from './connection-tester';
export { accountFromEnvironment, EnvironmentAccountError, requiredVariables, spapiEnvPrefix } from './env-account';
export { metricVerdicts } from './report/metric-verdicts';
export { parseReport, ReportFormatError } from './report/parse-report';
export { reportToSnapshot } from './report/report-to-snapshot';
export type { ParsedReport } from './report/types';
export { emptySpApiSourceState, SpApiSourceStateSchema, type SpApiSourceState } from './source-state';
export { createSpApiSource, type SpApiSourceOptions } from './spapi-source';
