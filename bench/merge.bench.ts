// Target (issue: foundation): merging a 10,000-notification snapshot into a 10,000-notification
// inbox takes ≤ 10 ms median. Run: npx tsx bench/merge.bench.ts
import { mergeSnapshot } from '../main/core/inbox/merge';
import { measure, row } from './measure';
import { syntheticInbox, syntheticNotifications, syntheticSnapshot } from './synthetic-inbox';

const inbox = syntheticInbox(10_000);
// A typical poll: 1 % of the events new, 1 % resolved, 1 % reworded.
const typical = syntheticSnapshot(
  [
    ...syntheticNotifications(10_000)
      .slice(100)
      .map((n, i) => (i % 100 === 0 ? { ...n, text: `${n.text} (updated)` } : n)),
    ...syntheticNotifications(100, 'new'),
  ],
  '2026-11-02T10:00:00.000Z',
);
// Half the snapshot is the same events (5 % reworded), half is new; the other 5,000 resolve.
const same = syntheticNotifications(5_000).map((n, i) => (i % 20 === 0 ? { ...n, text: `${n.text} (updated)` } : n));
const snapshot = syntheticSnapshot([...same, ...syntheticNotifications(5_000, 'new')], '2026-11-02T10:00:00.000Z');
const unchanged = syntheticSnapshot(syntheticNotifications(10_000), '2026-11-02T10:00:00.000Z');

const usual = measure(
  'merge a 10k snapshot into 10k inbox (1 % new, 1 % resolved, 1 % reworded)',
  200,
  () => void mergeSnapshot(inbox, typical),
);
const mixed = measure(
  'merge a 10k snapshot into 10k inbox, heavy churn (5k new, 5k resolved)',
  200,
  () => void mergeSnapshot(inbox, snapshot),
);
const repoll = measure(
  'merge an unchanged 10k snapshot into 10k inbox (re-poll)',
  200,
  () => void mergeSnapshot(inbox, unchanged),
);
console.log([row(repoll, 10), row(usual, 10), row(mixed, 10)].join('\n'));
