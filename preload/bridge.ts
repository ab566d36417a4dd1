// createBridge(transport) → the object the renderer calls `window.flagwatch`. One bridge, two
// transports: Electron IPC in the preload, a WebSocket in the browser host.
import {
  commands,
  describeIssues,
  events,
  type CommandName,
  type Envelope,
  type EventName,
  type FlagwatchApi,
} from './contract';
import { loadEnglishIssueMessages } from '../main/core/issue-messages';
import { safeParseQuickly } from './quick-check';

export interface Transport {
  invoke(command: CommandName, request: unknown): Promise<Envelope>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export class FlagwatchError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'FlagwatchError';
  }
}

export function createBridge(transport: Transport): FlagwatchApi {
  // A refused request or answer reaches the window's error banner with zod's words for it.
  loadEnglishIssueMessages();
  return {
    async invoke(command, request) {
      const checked = commands[command].request.safeParse(request);
      if (!checked.success) throw new FlagwatchError(describeIssues(command, checked.error), 'invalid-request');
      const envelope = await transport.invoke(command, checked.data);
      if (!envelope.ok) throw new FlagwatchError(envelope.error.message, envelope.error.code);
      const answer = safeParseQuickly(commands[command].response, envelope.value);
      if (!answer.success) throw new FlagwatchError(describeIssues(`${command} answer`, answer.error), 'failed');
      return answer.data as never;
    },
    on(event, listener) {
      return transport.subscribe(event, (payload) => {
        const checked = safeParseQuickly(events[event], payload);
        // A malformed event is dropped rather than handed to the view half-valid.
        if (checked.success) listener(checked.data as never);
      });
    },
  };
}
