// What the contract promises at its door, checked on each answer a fuzz test gets: always an
// envelope, and for a payload the command's schema refuses, a short refusal naming the command.
import { expect } from 'vitest';
import { commands, EnvelopeSchema, type CommandName } from '../../../../preload/contract';

/** Checks the answer to `request`; whether it was a payload the schema refuses. */
export function expectEnvelopeRefusingInvalid(command: CommandName, request: unknown, envelope: unknown): boolean {
  expect(EnvelopeSchema.safeParse(envelope).success).toBe(true);
  if (commands[command].request.safeParse(request ?? {}).success) return false;
  expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  const message = (envelope as { error: { message: string } }).error.message;
  expect(message).toContain(`${command}: `);
  expect(message.length).toBeLessThan(1_200);
  return true;
}
