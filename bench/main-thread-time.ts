// The page's main-thread CPU time in a Chromium trace, window by window: the thread clock
// (`tdur`) of the work done between each `console.timeStamp('bench:from')` and the next
// `console.timeStamp('bench:to')`. Unlike wall time, other processes on a busy machine do not
// inflate it, so it compares runs made at different loads.

/** Trace categories that record the tasks, with their thread time, and the time stamps. */
export const mainThreadCategories = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { message?: string } };
}

/** Milliseconds of main-thread CPU time in each from/to window, in order. */
export function mainThreadMs(trace: Buffer): number[] {
  const events = (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const marks = events
    .filter((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith('bench:'))
    .sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) return [];
  const { pid, tid } = marks[0]!;
  // Ordered by start, the outer of two events that start together first.
  const thread = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.tdur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const windows: [number, number][] = [];
  let from: number | undefined;
  for (const mark of marks) {
    if (mark.args!.data!.message === 'bench:from') from = mark.ts;
    else if (from !== undefined) {
      windows.push([from, mark.ts]);
      from = undefined;
    }
  }
  // The outermost events that start in the window: whole tasks, and of the task running when
  // the window opens (the one that received the data, say), only what it did from then on.
  return windows.map(([start, end]) => {
    let cpu = 0;
    let coveredTo = -Infinity;
    for (const e of thread) {
      if (e.ts < start || e.ts >= end || e.ts < coveredTo) continue;
      cpu += e.tdur!;
      coveredTo = e.ts + (e.dur ?? 0);
    }
    return cpu / 1000;
  });
}
