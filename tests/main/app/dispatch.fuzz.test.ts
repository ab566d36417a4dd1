// Hostile input at the contract's door: any command name with any payload. Every one gets an
// answer in the contract's envelope, never a crash; every payload the schema refuses is refused
// with a short message that names the command.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatchCommand } from '../../../main/app/dispatch';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { createFlagwatchApp } from '../../../main/app/service';
import { commands, type CommandName } from '../../../preload/contract';
import { testAppDependencies } from '../../support/app-dependencies';
import { expectEnvelopeRefusingInvalid } from './support/envelope-checks';

const names = Object.keys(commands) as CommandName[];
const english = translatorFor('en');

function app() {
  return createFlagwatchApp(testAppDependencies());
}

const payload = fc.oneof(
  fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, maxDepth: 4 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 20 }),
  fc.record({ id: fc.string(), read: fc.anything(), until: fc.anything(), content: fc.anything() }),
);

describe('dispatchCommand under fuzzing', () => {
  it('answers 10,000 random payloads to every command with an envelope, refusing the invalid plainly', async () => {
    const { handlers } = app();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), payload, async (command, request) => {
        expectEnvelopeRefusingInvalid(command, request, await dispatchCommand(handlers, command, request, english));
      }),
      { numRuns: 10_000, interruptAfterTimeLimit: 60_000 },
    );
  }, 90_000);

  it('refuses 10,000 random command names as unknown', async () => {
    const { handlers } = app();
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (command) => {
        fc.pre(typeof command !== 'string' || !Object.hasOwn(commands, command));
        const envelope = await dispatchCommand(handlers, command, {}, english);
        expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown-command' } });
      }),
      { numRuns: 10_000, interruptAfterTimeLimit: 30_000 },
    );
  }, 60_000);
});
