/** The targets per figure: `max` figures must stay at or below, `min` at or above. */
export const TARGETS: Record<string, { max?: number; min?: number; unit: string; what: string }> = {
  p1_ack_p99_ms: { max: 50, unit: 'ms', what: 'P1 p99 time to HTTP 200 at 200 events/s' },
  p1_ratio_vs_baseline: { min: 0.5, unit: '×', what: 'P1 throughput vs bare Koa + SDK dispatcher' },
  p2_checkin_p95_ms: { max: 300, unit: 'ms', what: 'P2 p95 check-in event → reply at the emulator, 50/s' },
  p3_time_ratio: { max: 1.1, unit: '×', what: 'P3 2,000 cards wall time vs 2,000/50 s' },
  p3_lost: { max: 0, unit: '', what: 'P3 cards lost' },
  p3_duplicated: { max: 0, unit: '', what: 'P3 cards delivered twice' },
  p4_summary_p95_ms: { max: 100, unit: 'ms', what: 'P4 p95 summary card, province-year data' },
  p4_overdue_p95_ms: { max: 100, unit: 'ms', what: 'P4 p95 overdue card, province-year data' },
  tours_p95_ms: { max: 100, unit: 'ms', what: '/巡回 p95 on the province tour (14 teams, demo data)' },
  p5_rss_mb: { max: 200, unit: 'MB', what: 'P5 RSS of the service under P1' },
  p5_start_ms: { max: 2000, unit: 'ms', what: 'P5 start to healthy, migrations up to date' },
  p6_lost: { max: 0, unit: '', what: 'P6 messages due in the simulated month the emulator never received' },
  p6_duplicated: { max: 0, unit: '', what: 'P6 messages received twice (same uuid, or same reminder)' },
  p6_reminders_not_exactly_once: {
    max: 0,
    unit: '',
    what: 'P6 planned reminders (person, kind, day) not received once',
  },
  staffing_preview_max_s: { max: 5, unit: 's', what: 'Slowest dry run of a 5,000-row staffing table' },
};

/** Whether a figure meets its target ('—' when it has none). */
export function verdict(name: string, value: number): string {
  const target = TARGETS[name];
  if (!target) return '';
  if (Number.isNaN(value)) return 'not measured';
  const ok = (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
  return ok ? 'met' : 'MISSED';
}

/** Prints the figures as a table, targets beside them. */
export function printTable(figures: Record<string, number>): void {
  const rows = Object.entries(figures).map(([name, value]) => {
    const target = TARGETS[name];
    const bound = target ? `${target.max !== undefined ? '≤' : '≥'} ${target.max ?? target.min} ${target.unit}` : '';
    return { figure: name, value, target: bound, verdict: verdict(name, value) };
  });
  console.table(rows);
}

/** A run's record as `bench/run.ts` writes it; `measuredAt` only in the per-database file. */
export interface BenchResults {
  date: string;
  figures: Record<string, number>;
  measuredAt?: Record<string, string>;
  [more: string]: unknown;
}

/**
 * The per-database record after a run: the run's figures over the earlier ones, each figure with the
 * date of the run that measured it. Scenarios can then be run one at a time (a full P6 takes most of an
 * hour) and still fill one table, and nobody mistakes an older figure for one of the latest run.
 */
export function mergeDbResults(earlier: BenchResults | undefined, run: BenchResults): BenchResults {
  const measured = Object.fromEntries(Object.keys(run.figures).map((name) => [name, run.date]));
  return {
    ...earlier,
    ...run,
    figures: { ...earlier?.figures, ...run.figures },
    measuredAt: { ...earlier?.measuredAt, ...measured },
  };
}
