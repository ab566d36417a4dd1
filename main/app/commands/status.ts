// The contract's status commands: how polling goes, a poll on request (of every source, or of one
// to retry it), and the store files that were found damaged and restored.
import type { CommandHandlers, Status } from '../../../preload/contract';
import type { Translator } from '../../core/i18n/translator';
import type { Stores } from '../ports';

export type StatusHandlers = Pick<CommandHandlers, 'status.get' | 'poll.refresh' | 'recoveries.get'>;

export interface StatusHandlerDeps {
  status(): Status;
  /** Polls every source now, or only the one with this id; answers the status after. */
  refreshNow(sourceId?: string): Promise<Status>;
  stores: Pick<Stores, 'recoveries'>;
  /** Recovery messages are worded when asked for, in the language of that moment. */
  translator(): Translator;
}

export function createStatusHandlers(deps: StatusHandlerDeps): StatusHandlers {
  return {
    'status.get': () => deps.status(),
    'poll.refresh': ({ source }) => deps.refreshNow(source),
    'recoveries.get': () => deps.stores.recoveries(deps.translator()),
  };
}
