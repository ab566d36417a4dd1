// Linux notification daemons read a notification's body as markup (Desktop Notifications spec);
// text from sources must show as text, never be interpreted.
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
