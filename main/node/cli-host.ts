// Everything the commands take from the process they run in, so tests can run them in-process.
import type { Clock, Logger, Notifier } from '../app/ports';
import type { DataDirContext } from './data-dir';

export interface CliHost extends DataDirContext {
  /** One line (or block) to standard output. */
  out(text: string): void;
  /** One line (or block) to standard error. */
  err(text: string): void;
  /** The built renderer (index.html and assets/). */
  rendererDir: string;
  clock: Clock;
  logger: Logger;
  /** How `serve` shows desktop notifications. */
  desktopNotifier: Notifier;
  /** Resolves with the signal's name once the user asks a running server to stop. */
  stopRequested(): Promise<string>;
  /**
   * Calls `listener` on each SIGTSTP (sleep) or SIGCONT (wake): how `serve` on a simulated clock
   * plays a machine's sleep. Answers the function that stops listening.
   */
  onSleepSignal(signal: 'SIGTSTP' | 'SIGCONT', listener: () => void): () => void;
  /** All of standard input, as text (`flagwatch notice parse -`); absent where there is none. */
  readStdin?(): Promise<string>;
}
