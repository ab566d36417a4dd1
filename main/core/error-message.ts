// One way to put any thrown value into words: an Error's own message, or the value as text.
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
