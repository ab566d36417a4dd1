// Changes the workspace makes to an appeal's content, each a pure function of the content: add,
// change or remove a root cause, an action or a preventive measure. Removing a root cause
// unlinks the actions that answered it, so no action points at nothing.
import type { Action, AppealContent, Prevention, RootCause } from '../../../preload/contract';

type ListName = 'rootCauses' | 'actions' | 'preventions';
type ItemOf<L extends ListName> = AppealContent[L][number];

export const newRootCause = (id: string): RootCause => ({ id, text: '', why: [''] });
export const newAction = (id: string): Action => ({
  id,
  text: '',
  date: '',
  owner: '',
  evidence: '',
  rootCauseId: null,
});
export const newPrevention = (id: string): Prevention => ({ id, text: '', owner: '', frequency: '', measure: '' });

export function addItem<L extends ListName>(content: AppealContent, list: L, item: ItemOf<L>): AppealContent {
  return { ...content, [list]: [...content[list], item] };
}

export function changeItem<L extends ListName>(
  content: AppealContent,
  list: L,
  id: string,
  patch: Partial<ItemOf<L>>,
): AppealContent {
  const items = content[list] as ItemOf<L>[];
  return { ...content, [list]: items.map((item) => (item.id === id ? { ...item, ...patch } : item)) };
}

export function removeItem(content: AppealContent, list: ListName, id: string): AppealContent {
  const next = { ...content, [list]: (content[list] as { id: string }[]).filter((item) => item.id !== id) };
  if (list !== 'rootCauses') return next;
  return {
    ...next,
    actions: next.actions.map((action) => (action.rootCauseId === id ? { ...action, rootCauseId: null } : action)),
  };
}

/** ASINs from what the seller typed: separated by commas, spaces or new lines, in capitals. */
export function asinsFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;，；、]+/u)
        .map((asin) => asin.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}
