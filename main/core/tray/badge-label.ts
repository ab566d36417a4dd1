// What the badge says. Three glyphs are all a tray icon can hold, so counts cap at "99+".

const maxShown = 99;

/** The badge text for an unread count, or null when there is nothing to badge. */
export function badgeLabel(unread: number): string | null {
  if (!(unread >= 1)) return null;
  return unread > maxShown ? `${maxShown}+` : String(Math.floor(unread));
}
