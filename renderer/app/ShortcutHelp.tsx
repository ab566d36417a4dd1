// The keys that work everywhere ("?" for this help, 1–9 for the views in the menu's order) and
// the help itself, which lists the inbox's keys too. The views are read from the menu, so a new
// view gets its number by being added there.
import { useEffect, useState } from 'react';
import type { WindowMessageKey } from '../../main/core/i18n/window-catalogue';
import { useTranslator } from '../i18n/i18n-context';
import { Dialog } from './Dialog';
import { isShortcutKey } from './shortcut-keys';

const everywhere: [string, WindowMessageKey][] = [
  ['1 … 9', 'shortcuts.views'],
  ['?', 'shortcuts.help'],
];

const inInbox: [keys: string | [string, string], WindowMessageKey][] = [
  [['j', '↓'], 'shortcuts.next'],
  [['k', '↑'], 'shortcuts.previous'],
  [['o', 'Enter'], 'shortcuts.open'],
  ['r', 'shortcuts.read'],
  ['s', 'shortcuts.snooze'],
  ['/', 'shortcuts.search'],
  [['Esc', '↓'], 'shortcuts.leaveSearch'],
];

export function ShortcutHelp() {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isShortcutKey(event) || document.querySelector('[role="dialog"]')) return;
      if (event.key === '?') {
        event.preventDefault();
        setOpen(true);
      } else if (/^[1-9]$/.test(event.key)) {
        const link = document.querySelectorAll<HTMLAnchorElement>('.app-nav a')[Number(event.key) - 1];
        if (!link) return;
        event.preventDefault();
        link.click();
        link.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return open ? <HelpDialog onClose={() => setOpen(false)} /> : null;
}

function HelpDialog({ onClose }: { onClose: () => void }) {
  const i18n = useTranslator();
  const keysText = (keys: string | [string, string]) =>
    typeof keys === 'string' ? keys : i18n.t('shortcuts.or', { first: keys[0], second: keys[1] });
  const table = (caption: WindowMessageKey, rows: [string | [string, string], WindowMessageKey][]) => (
    <table className="shortcut-table">
      <caption>{i18n.t(caption)}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('shortcuts.key')}</th>
          <th scope="col">{i18n.t('shortcuts.action')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([keys, action]) => (
          <tr key={action}>
            <td>
              <kbd>{keysText(keys)}</kbd>
            </td>
            <td>{i18n.t(action)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Dialog title={i18n.t('shortcuts.title')} onClose={onClose}>
      {table('shortcuts.inbox', inInbox)}
      {table('shortcuts.everywhere', everywhere)}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {i18n.t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
