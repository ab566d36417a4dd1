// One way to put any thrown value into words: an Error's own message, or the value as text.
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    // An object whose toString is not a function, or throws: say what it is instead.
    return Object.prototype.toString.call(error);
  }
}
