// Target (issue: foundation): merging a 10,000-notification snapshot into a 10,000-notification
// inbox takes ≤ 10 ms median. Run: npx tsx bench/merge.bench.ts
import { mergeSnapshot } from '../main/core/inbox/merge';
import { measure, row } from './measure';
import { syntheticInbox, syntheticNotifications, syntheticSnapshot } from './synthetic-inbox';

const inbox = syntheticInbox(10_000);
// Half the snapshot is the same events (5 % reworded), half is new; the other 5,000 resolve.
const same = syntheticNotifications(5_000).map((n, i) => (i % 20 === 0 ? { ...n, text: `${n.text} (updated)` } : n));
const snapshot = syntheticSnapshot([...same, ...syntheticNotifications(5_000, 'new')], '2026-11-02T10:00:00.000Z');
const unchanged = syntheticSnapshot(syntheticNotifications(10_000), '2026-11-02T10:00:00.000Z');

const mixed = measure('merge 10k snapshot (5k same, 5k new) into 10k inbox', 200, () => void mergeSnapshot(inbox, snapshot));
const repoll = measure('merge an unchanged 10k snapshot into 10k inbox (re-poll)', 200, () => void mergeSnapshot(inbox, unchanged));
console.log([row(mixed, 10), row(repoll, 10)].join('\n'));
