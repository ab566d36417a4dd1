// Faults a test can queue per operation: each request of that operation takes the next one.
export type FakeOperation =
  | 'lwa'
  | 'createReport'
  | 'getReport'
  | 'getReports'
  | 'getReportDocument'
  | 'downloadDocument'
  | 'searchListingsItems'
  | 'getMarketplaceParticipations';

export type Fault =
  /** 429 QuotaExceeded (with or without x-amzn-RateLimit-Limit), 500 or 503. */
  | { kind: 'status'; status: 429 | 500 | 503; rateHeader?: boolean }
  /** Answers normally, but only after this many real milliseconds. */
  | { kind: 'delay'; ms: number }
  /** Closes the connection without an answer. */
  | { kind: 'drop' }
  /** 403: the access token presented has expired (and stays expired). */
  | { kind: 'expired-token' }
  /** 403: the app lacks the role for this operation. */
  | { kind: 'forbidden' }
  /** LWA only: the refresh token was revoked / the client credentials are wrong. */
  | { kind: 'invalid-grant' }
  | { kind: 'invalid-client' }
  /** createReport only: the new report ends in this state instead of DONE. */
  | { kind: 'report-ends'; status: 'CANCELLED' | 'FATAL' }
  /** downloadDocument only: S3's answer to a presigned URL past its expiry. */
  | { kind: 'expired-url' }
  /** downloadDocument only: bytes that are not gzip although the document says GZIP. */
  | { kind: 'corrupt-gzip' }
  /** downloadDocument only: a truncated JSON document. */
  | { kind: 'malformed-json' };

export function createFaultQueues() {
  const queues = new Map<FakeOperation, Fault[]>();
  return {
    push(operation: FakeOperation, faults: Fault[]) {
      queues.set(operation, [...(queues.get(operation) ?? []), ...faults]);
    },
    next(operation: FakeOperation): Fault | undefined {
      return queues.get(operation)?.shift();
    },
    /** The next fault only if it is of one of these kinds (others stay queued for their step). */
    nextOf<K extends Fault['kind']>(
      operation: FakeOperation,
      kinds: readonly K[],
    ): Extract<Fault, { kind: K }> | undefined {
      const head = queues.get(operation)?.[0];
      if (!head || !(kinds as readonly string[]).includes(head.kind)) return undefined;
      queues.get(operation)?.shift();
      return head as Extract<Fault, { kind: K }>;
    },
  };
}
