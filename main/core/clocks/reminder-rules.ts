// Amazon's clocks as data (DOMAIN.md §3): a tray app alerts 72 h, 24 h and 4 h before a deadline,
// and from 24 h on a reminder is urgent enough to break through quiet hours.
export const reminderRules = {
  /** Hours before a deadline at which a reminder falls due, farthest first. */
  leadsHours: [72, 24, 4],
  /** A reminder this close (its lead at most this many hours) gets through quiet hours. */
  breaksQuietHoursWithinHours: 24,
} as const;

export const hourMs = 3_600_000;
