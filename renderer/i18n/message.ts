// A message not yet put into words: a catalogue key and its arguments. Kept as data where the
// words are decided (a form's check) and formatted where they are shown, in the window's language.
import type { MessageKey } from '../../main/core/i18n/catalogue';
import type { MessageValues, Translator } from '../../main/core/i18n/translator';

export interface Message {
  key: MessageKey;
  values?: MessageValues;
}

export function messageText(translator: Translator, message: Message): string {
  return translator.t(message.key, message.values);
}
