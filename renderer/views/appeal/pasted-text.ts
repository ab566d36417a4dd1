// What a paste into an appeal field inserts: rich text (the clipboard's HTML) as plain text, and
// plain text tidied (core/appeal/plain-text.ts), put in place of the selection. The field's
// value is set by its change handler, so what the seller pastes goes through the same path as
// what they type.
import type { ClipboardEvent } from 'react';
import { htmlToPlainText, normalisePastedText } from '../../../main/core/appeal/plain-text';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** The clipboard's contents as plain text; the HTML flavour wins when there is one. */
export function pastedText(data: Pick<DataTransfer, 'getData'>): string {
  const html = data.getData('text/html');
  return html.trim() !== '' ? htmlToPlainText(html) : normalisePastedText(data.getData('text/plain'));
}

/** A paste handler that inserts the plain text and hands the field's new value to `onValue`. */
export function plainPaste(onValue: (value: string) => void) {
  return (event: ClipboardEvent<TextField>) => {
    event.preventDefault();
    const field = event.currentTarget;
    const text = pastedText(event.clipboardData);
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const value = field.value.slice(0, start) + text + field.value.slice(end);
    onValue(value);
    // Once React has written the new value, the caret goes after the pasted text.
    requestAnimationFrame(() => {
      if (field.value === value) field.setSelectionRange(start + text.length, start + text.length);
    });
  };
}
