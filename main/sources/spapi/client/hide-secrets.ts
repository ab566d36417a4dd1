// Credentials taken out of a text before it becomes part of an error: a server may echo what it
// was sent (a refresh token in a form, an access token in a header) into its error text, and
// that text reaches logs, the CLI and the window. Each secret is hidden in every form it travels
// in (as is, URL-encoded, form-encoded, JSON-escaped).
const hidden = '[hidden]';

/** Shorter than this is not a credential (and would hide ordinary words). */
const minimumLength = 8;

export function hideSecrets(text: string, secrets: readonly string[]): string {
  const forms = new Set(secrets.filter((secret) => secret.length >= minimumLength).flatMap(encodings));
  // Longest first, so a form that contains another is replaced whole.
  return [...forms].sort((a, b) => b.length - a.length).reduce((safe, form) => safe.split(form).join(hidden), text);
}

function encodings(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice('s='.length),
    JSON.stringify(secret).slice(1, -1),
  ];
}
