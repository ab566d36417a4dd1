// The theme, and starting with the system. Launch at login is offered only where the host can
// apply it; elsewhere the box is off and fixed, and the hint says why.
import { ThemeSchema, type HostInfo, type Theme } from '../../../preload/contract';
import { useTranslator } from '../../i18n/i18n-context';
import type { FieldProps } from './field-props';

export function AppearanceFields({ draft, edit, ids, host }: FieldProps & { host: HostInfo | null }) {
  const i18n = useTranslator();
  const canLaunch = host?.launchAtLogin === true;
  const launchHint = canLaunch
    ? i18n.t('settings.launch.hint')
    : host?.kind === 'electron'
      ? i18n.t('settings.launch.unsupported')
      : i18n.t('settings.launch.browser');
  return (
    <>
      <div className="form-field">
        <label htmlFor={`${ids}-theme`}>{i18n.t('settings.theme')}</label>
        <select
          id={`${ids}-theme`}
          className="settings-language"
          value={draft.theme}
          onChange={(e) => edit('theme', ThemeSchema.parse(e.target.value))}
        >
          {ThemeSchema.options.map((theme: Theme) => (
            <option key={theme} value={theme}>
              {i18n.t(theme === 'system' ? 'common.language.system' : `settings.theme.${theme}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={canLaunch && draft.launchAtLogin}
            disabled={!canLaunch}
            onChange={(e) => edit('launchAtLogin', e.target.checked)}
            aria-describedby={`${ids}-launch-hint`}
          />
          {i18n.t('settings.launch')}
        </label>
        <p id={`${ids}-launch-hint`} className="form-hint">
          {launchHint}
        </p>
      </div>
    </>
  );
}
