// The end of an add/edit form: Save (saying so while it saves) and Cancel.
import { useTranslator } from '../i18n/i18n-context';

export function SaveAndCancel({ saving, onCancel }: { saving: boolean; onCancel(): void }) {
  const i18n = useTranslator();
  return (
    <div className="form-actions">
      <button type="submit" disabled={saving}>
        {i18n.t(saving ? 'window.saving' : 'common.save')}
      </button>
      <button type="button" className="button-quiet" onClick={onCancel}>
        {i18n.t('common.cancel')}
      </button>
    </div>
  );
}
