/**
 * How long the extension host's thread was busy at a stretch: a 1 ms timer ticks while something
 * runs, and the longest gap between two ticks is the longest time nothing else could (every other
 * extension, every provider VS Code asks for while someone types) have run. A gap also counts time
 * the thread waited for a core on a loaded machine, so the event loop's own busy time (Node's
 * event-loop utilisation: time spent running code rather than waiting for events) is reported too.
 */
import { PerformanceObserver, performance, type EventLoopUtilization } from 'node:perf_hooks';

export interface Stalls {
  /** The longest gap between two ticks, in milliseconds. */
  readonly longestMs: number;
  /** How long the event loop ran code rather than waiting, in milliseconds. */
  readonly busyMs: number;
  /** How long the meter ran, in milliseconds. */
  readonly elapsedMs: number;
  /** The longest garbage-collection pause meanwhile, in milliseconds (it stalls the thread too). */
  readonly longestGcMs: number;
}

export interface StallMeter {
  /** Stops ticking and reports what happened since the meter started, up to now. */
  stop(): Stalls;
  /**
   * Stops ticking and reports up to the last tick, leaving out the task that is running now: called
   * from an event handler, it measures the time before that event arrived.
   */
  stopBeforeThisTask(): Stalls;
}

export function stallMeter(): StallMeter {
  const started = performance.now();
  const origin = performance.eventLoopUtilization();
  let last = started;
  let lastUtilisation: EventLoopUtilization = origin;
  let longest = 0;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    lastUtilisation = performance.eventLoopUtilization();
  };
  const timer = setInterval(tick, 1);
  let longestGc = 0;
  const gc = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) if (entry.startTime <= last) longestGc = Math.max(longestGc, entry.duration);
  });
  gc.observe({ entryTypes: ['gc'] });
  const report = (): Stalls => {
    clearInterval(timer);
    for (const entry of gc.takeRecords()) if (entry.startTime <= last) longestGc = Math.max(longestGc, entry.duration);
    gc.disconnect();
    return {
      longestMs: Math.round(longest),
      busyMs: Math.round(performance.eventLoopUtilization(lastUtilisation, origin).active),
      elapsedMs: Math.round(last - started),
      longestGcMs: Math.round(longestGc),
    };
  };
  return {
    stop() {
      tick();
      return report();
    },
    stopBeforeThisTask() {
      return report();
    },
  };
}
