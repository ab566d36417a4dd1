// A sentence with a moment in it ("Snoozed until <time>"), with the moment where the language
// puts it: the message is formatted around a marker, and the <time> element goes in its place.
import type { WindowMessageKey } from '../../main/core/i18n/window-catalogue';
import type { MessageValues } from '../../main/core/i18n/translator';
import { useTranslator } from '../i18n/i18n-context';
import { When } from './When';

const marker = '\u0000';

/** `message` has a `{when}` argument; `values` fills the others. */
export function MomentPhrase({
  message,
  iso,
  values,
}: {
  message: WindowMessageKey;
  iso: string;
  values?: MessageValues;
}) {
  const [before, after = ''] = useTranslator()
    .t(message, { ...values, when: marker })
    .split(marker);
  return (
    <>
      {before}
      <When iso={iso} />
      {after}
    </>
  );
}
