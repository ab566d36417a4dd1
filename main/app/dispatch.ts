// The one entry point every host uses to run a command from the renderer: checks the command
// name and the payload against the contract before any handler sees it. Its refusals speak the
// app's language; the details of a refused payload are the schema's (they name fields and types).
import { messageOf } from '../core/error-message';
import type { Translator } from '../core/i18n/translator';
import { commands, describeIssues, isCommandName, type CommandHandlers, type Envelope } from '../../preload/contract';

export async function dispatchCommand(
  handlers: CommandHandlers,
  command: unknown,
  request: unknown,
  t: Translator,
): Promise<Envelope> {
  if (!isCommandName(command)) {
    const message = t.t('errors.unknownCommand', { command: commandText(command) });
    return { ok: false, error: { code: 'unknown-command', message } };
  }
  const checked = commands[command].request.safeParse(request ?? {});
  if (!checked.success) {
    const message = t.t('errors.invalidRequest', { details: describeIssues(command, checked.error) });
    return { ok: false, error: { code: 'invalid-request', message } };
  }
  try {
    const handler = handlers[command] as (r: unknown) => unknown;
    return { ok: true, value: await handler(checked.data) };
  } catch (error) {
    const message = messageOf(error);
    const code = error instanceof NotFoundError ? 'not-found' : 'failed';
    return { ok: false, error: { code, message } };
  }
}

/** The name asked for, as far as it can be said safely: a hostile value may not even turn into text. */
function commandText(command: unknown): string {
  if (typeof command !== 'string') return `(${command === null ? 'null' : typeof command})`;
  return command.length > 80 ? `${command.slice(0, 79)}…` : command;
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}
