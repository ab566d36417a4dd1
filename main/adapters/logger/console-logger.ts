// One line per event, "time level message key=value"; secrets never reach a logger (DESIGN §5).
import type { Logger } from '../../app/ports';

type Write = (line: string) => void;

export function createConsoleLogger(write: Write = (line) => console.error(line), now = () => new Date()): Logger {
  const log = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    const extras = Object.entries(fields ?? {}).map(
      ([k, v]) => ` ${k}=${typeof v === 'string' ? JSON.stringify(v) : String(v)}`,
    );
    write(`${now().toISOString()} ${level} ${message}${extras.join('')}`);
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
