// What the window's page may ask of the system: showing notifications, nothing else. Camera,
// microphone, location, clipboard, MIDI, fullscreen, external protocols... are refused both when
// the page asks (request handler) and when it checks whether it may (check handler).
import type { Session } from 'electron';

const allowed: ReadonlySet<string> = new Set(['notifications']);

export function restrictPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(allowed.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => allowed.has(permission));
}
