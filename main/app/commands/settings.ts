// The contract's settings commands: read them, change some of them.
import type { CommandHandlers } from '../../../preload/contract';
import type { SettingsKeeper } from '../settings-keeper';

export type SettingsHandlers = Pick<CommandHandlers, 'settings.get' | 'settings.update'>;

export function createSettingsHandlers(settings: SettingsKeeper): SettingsHandlers {
  return {
    'settings.get': () => settings.current(),
    'settings.update': (patch) => settings.update(patch),
  };
}
