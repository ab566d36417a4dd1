// "Test connection": what the SP-API client reports (a probe), and the plain-words answer the
// seller sees for it, in the app's language. The client itself is a port of the app
// (`ConnectionTester`), so this file is pure.
import { z } from 'zod/mini';
import { messageOf } from '../error-message';
import type { Translator } from '../i18n/translator';
import { IsoDateSchema } from '../schema';
import type { AccountConfig } from './account-config';
import { connectionFailureText, connectionTestText } from './connection-test-text';
import type { AccountSecrets } from './secret-names';

export const connectionFailureKinds = [
  'missing-secrets',
  'refresh-token',
  'client-credentials',
  'missing-role',
  'unreachable',
  'throttled',
  'unexpected',
] as const;
export const ConnectionFailureKindSchema = z.enum(connectionFailureKinds);
export type ConnectionFailureKind = z.infer<typeof ConnectionFailureKindSchema>;

const MarketplaceParticipationSchema = z.object({ id: z.string().check(z.minLength(1)), participating: z.boolean() });
export type MarketplaceParticipation = z.infer<typeof MarketplaceParticipationSchema>;

/** What the client found out; `detail` (unexpected failures only) may quote Amazon's answer. */
export type ConnectionProbe =
  | { ok: true; sellerName?: string; marketplaces: MarketplaceParticipation[] }
  | { ok: false; kind: Exclude<ConnectionFailureKind, 'missing-secrets'>; detail?: string };

export const ConnectionTestResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    sellerName: z.optional(z.string()),
    marketplaces: z.array(MarketplaceParticipationSchema),
    message: z.string(),
  }),
  z.object({ ok: z.literal(false), kind: ConnectionFailureKindSchema, message: z.string() }),
]);
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;

export const LastTestSchema = z.object({ at: IsoDateSchema, result: ConnectionTestResultSchema });
export type LastTest = z.infer<typeof LastTestSchema>;

export function missingSecretsResult(t: Translator): ConnectionTestResult {
  return { ok: false, kind: 'missing-secrets', message: connectionFailureText(t, 'missing-secrets') };
}

/** The seller's answer for a probe; secret values never reach it, even quoted in Amazon's detail. */
export function connectionTestResult(
  config: AccountConfig,
  probe: ConnectionProbe,
  secrets: AccountSecrets,
  t: Translator,
): ConnectionTestResult {
  if (!probe.ok) {
    if (probe.kind === 'unexpected') return unexpectedResult(probe.detail, secrets, t);
    return { ok: false, kind: probe.kind, message: connectionFailureText(t, probe.kind) };
  }
  const found = {
    ok: true as const,
    ...(probe.sellerName ? { sellerName: probe.sellerName } : {}),
    marketplaces: probe.marketplaces,
  };
  return { ...found, message: connectionTestText(t, { ...found, message: '' }, config.marketplaceIds) };
}

/** An error the tester threw (a bug or a network stack surprise), as an unexpected failure. */
export function thrownTestResult(error: unknown, secrets: AccountSecrets, t: Translator): ConnectionTestResult {
  return unexpectedResult(messageOf(error), secrets, t);
}

function unexpectedResult(detail: string | undefined, secrets: AccountSecrets, t: Translator): ConnectionTestResult {
  const message = detail
    ? t.t('errors.test.unexpected', { detail: withoutSecrets(detail, secrets) })
    : t.t('errors.test.unexpectedNoDetail');
  return { ok: false, kind: 'unexpected', message };
}

function withoutSecrets(text: string, secrets: AccountSecrets): string {
  return Object.values(secrets).reduce((safe, secret) => (secret ? safe.split(secret).join('[hidden]') : safe), text);
}
