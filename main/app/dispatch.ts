// The one entry point every host uses to run a command from the renderer: checks the command
// name and the payload against the contract before any handler sees it.
import { messageOf } from '../core/error-message';
import { commands, describeIssues, isCommandName, type CommandHandlers, type Envelope } from '../../preload/contract';

export async function dispatchCommand(
  handlers: CommandHandlers,
  command: unknown,
  request: unknown,
): Promise<Envelope> {
  if (!isCommandName(command)) {
    return { ok: false, error: { code: 'unknown-command', message: `Unknown command: ${String(command)}` } };
  }
  const checked = commands[command].request.safeParse(request ?? {});
  if (!checked.success) {
    return { ok: false, error: { code: 'invalid-request', message: describeIssues(command, checked.error) } };
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

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}
