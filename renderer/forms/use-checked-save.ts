// How an add/edit form saves: the problems found are shown and nothing is sent; otherwise the
// request goes to the host, the form says it is saving, and closes once the host has saved it.
import { useState } from 'react';

export function useCheckedSave<Request, Problems extends object>(
  onSave: (request: Request) => Promise<boolean>,
  onSaved: () => void,
) {
  const [problems, setProblems] = useState<Partial<Problems>>({});
  const [saving, setSaving] = useState(false);

  async function save(request: Request, found: Partial<Problems>) {
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const saved = await onSave(request);
    setSaving(false);
    if (saved) onSaved();
  }

  return { problems, saving, save };
}
