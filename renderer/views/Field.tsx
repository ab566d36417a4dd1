// One name and its value in a description list of fields (a notification's, an account's, a
// mailbox's); base.css lays the list out in two columns.
import type { ReactNode } from 'react';

/** `id` names the term, for a value that refers back to it. */
export function Field({ name, id, children }: { name: string; id?: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt id={id}>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}
