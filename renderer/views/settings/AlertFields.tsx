// Which new notifications raise a desktop notification, by metric group and by severity, and
// which of those play a sound. Critical ones always come: their Show box is checked and fixed.
import { metricGroups, severities, type AlertPreferences, type Severity } from '../../../preload/contract';
import { groupLabel, severityLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import type { FieldProps } from './field-props';

export function AlertFields({ draft, edit, ids }: FieldProps) {
  const i18n = useTranslator();
  const { alerts } = draft;
  const change = (next: AlertPreferences) => edit('alerts', next);
  const showSeverity = (severity: Exclude<Severity, 'critical'>, on: boolean) =>
    change({ ...alerts, severities: { ...alerts.severities, [severity]: on } });
  return (
    <fieldset className="form-field settings-alerts" aria-describedby={`${ids}-alerts-hint`}>
      <legend>{i18n.t('settings.alerts')}</legend>
      <fieldset className="settings-choices">
        <legend>{i18n.t('settings.alerts.groups')}</legend>
        {metricGroups.map((group) => (
          <label key={group} className="checkbox">
            <input
              type="checkbox"
              checked={alerts.groups[group]}
              onChange={(e) => change({ ...alerts, groups: { ...alerts.groups, [group]: e.target.checked } })}
            />
            {groupLabel(i18n, group)}
          </label>
        ))}
      </fieldset>
      <table className="settings-severities">
        <thead>
          <tr>
            <th scope="col">{i18n.t('settings.alerts.severity')}</th>
            <th scope="col">{i18n.t('settings.alerts.show')}</th>
            <th scope="col">{i18n.t('settings.alerts.sound')}</th>
          </tr>
        </thead>
        <tbody>
          {severities.map((severity) => {
            const name = severityLabel(i18n, severity);
            return (
              <tr key={severity}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={i18n.t('settings.alerts.showFor', { severity: name })}
                    checked={alerts.severities[severity]}
                    disabled={severity === 'critical'}
                    onChange={(e) => severity !== 'critical' && showSeverity(severity, e.target.checked)}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={i18n.t('settings.alerts.soundFor', { severity: name })}
                    checked={alerts.sound[severity]}
                    onChange={(e) => change({ ...alerts, sound: { ...alerts.sound, [severity]: e.target.checked } })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id={`${ids}-alerts-hint`} className="form-hint">
        {i18n.t('settings.alerts.hint')}
      </p>
    </fieldset>
  );
}
