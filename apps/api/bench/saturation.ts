// How busy the machine and the server were during a load run: a latency ratio against an idle run
// means little once the server (or the machine it shares with the load and the database) is saturated,
// so the peak bench reports both beside its ratios.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Busy and total jiffies of all CPUs from /proc/stat (Linux); undefined elsewhere. */
function machineTicks(): { busy: number; total: number } | undefined {
  try {
    const first = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, ...fields] = first.trim().split(/\s+/);
    const ticks = fields.map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    // idle and iowait are the 4th and 5th fields.
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return undefined;
  }
}

export interface Saturation {
  /** Share of the wall time this process's event loop was busy (the server runs in it). */
  serverLoop: number;
  /** Share of all CPUs' time spent busy, whoever used it (server, database, load generator). */
  machine: number | undefined;
}

/** Starts measuring; the returned function stops and reports. */
export function measureSaturation(): () => Saturation {
  const loop = performance.eventLoopUtilization();
  const ticks = machineTicks();
  return () => {
    const after = machineTicks();
    const machine =
      ticks && after && after.total > ticks.total
        ? (after.busy - ticks.busy) / (after.total - ticks.total)
        : undefined;
    return { serverLoop: performance.eventLoopUtilization(loop).utilization, machine };
  };
}

export const percent = (share: number | undefined) =>
  share === undefined ? 'n/a' : `${Math.round(share * 100)}%`;
