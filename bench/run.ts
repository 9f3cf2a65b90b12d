/**
 * `npm run bench [-- --db postgres] [-- --quick]`: boots the service against the Feishu emulator and
 * measures it (see README "Performance"). Prints a table and writes bench/results.json. `--quick`
 * shortens every scenario for a smoke run; its figures are not the ones to publish. `--scale 0.01
 * --days 7` (or BENCH_P6_SCALE / BENCH_P6_DAYS) shrinks P6's simulated month for a run on a busy machine.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { startFeishuEmulator, type FeishuEmulator } from '../test/emulator/feishu/index.js';
import { APP } from '../test/feishu/support.js';
import { runAckScenario } from './scenarios/p1-ack.js';
import { runCheckinScenario } from './scenarios/p2-checkin.js';
import { runBurstScenario } from './scenarios/p3-burst.js';
import { runCardsScenario } from './scenarios/p4-cards.js';
import { runMonthScenario } from './scenarios/p6-month.js';
import { runStaffingScenario } from './scenarios/staffing-preview.js';
import { runToursScenario } from './scenarios/tours.js';
import type { BenchDb } from './support/database.js';
import { scaledMonth } from './support/month-plan.js';
import { mergeDbResults, printTable, TARGETS, type BenchResults } from './support/report.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    scale: { type: 'string', default: process.env.BENCH_P6_SCALE ?? '1' },
    days: { type: 'string', default: process.env.BENCH_P6_DAYS ?? '30' },
  },
});
/** `--only p2,p4` runs just those scenarios (P5 comes with P1). */
const selected = (name: string) => values.only === undefined || values.only.split(',').includes(name);
const db: BenchDb = values.db === 'postgres' || values.db === 'postgresql' ? 'postgres' : 'sqlite';
const quick = values.quick ?? false;
/** P6 at a fraction of the province month (and `--quick`: a hundredth, one week). */
const p6Size = quick ? scaledMonth(0.01, 7) : scaledMonth(Number(values.scale), Number(values.days));
const fullSize = !quick && p6Size.physicians === 2000 && p6Size.days === 30;

const figures: Record<string, number> = {};
const began = Date.now();
process.stderr.write('bench: npm run build …\n');
execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });

/** Runs a scenario against an emulator of its own (fresh state; P3 sets its own limits). */
async function scenario<T extends object>(
  name: string,
  run: (emulator: FeishuEmulator) => Promise<T>,
  limits: Parameters<typeof startFeishuEmulator>[0]['limits'] = {},
): Promise<void> {
  process.stderr.write(`bench: ${name} …\n`);
  const emulator = await startFeishuEmulator({ apps: [APP], limits });
  try {
    Object.assign(figures, await run(emulator));
  } finally {
    await emulator.close();
  }
}

if (selected('p1'))
  await scenario('P1 ack + P5 footprint', (emulator) =>
    runAckScenario(db, emulator, {
      rate: 200,
      durationSec: quick ? 5 : 60,
      throughputSec: quick ? 3 : 10,
      concurrency: 32,
    }),
  );
if (selected('p2'))
  await scenario(
    'P2 check-in round trip',
    (emulator) => runCheckinScenario(db, emulator, { rate: 50, durationSec: quick ? 4 : 20 }),
    { appPerMinute: Number.POSITIVE_INFINITY },
  );
// The scenario's limits are 50/s per app and 5/s per user; Feishu's 1,000/min is not part of it.
if (selected('p3'))
  await scenario('P3 month-start burst', (emulator) => runBurstScenario(db, emulator, quick ? 300 : 2000), {
    appPerMinute: Number.POSITIVE_INFINITY,
  });
if (selected('p4')) {
  process.stderr.write('bench: P4 cards at province scale …\n');
  Object.assign(figures, await runCardsScenario(db, quick ? 2 : 7));
}
if (selected('staffing')) {
  process.stderr.write('bench: staffing 5,000-row staffing-table preview …\n');
  Object.assign(figures, await runStaffingScenario(db, quick ? 1 : 3));
}

if (selected('tours')) {
  process.stderr.write('bench: /巡回 on the province tour …\n');
  Object.assign(figures, await runToursScenario(db, quick ? 5 : 20));
}

if (selected('p6')) {
  await scenario(
    `P6 simulated month (${p6Size.physicians} physicians, ${p6Size.clinics} clinics, ${p6Size.days} days)`,
    (emulator) => runMonthScenario(db, emulator, p6Size),
    { appPerMinute: Number.POSITIVE_INFINITY },
  );
}

const results = {
  date: new Date().toISOString(),
  database: db,
  quick,
  ...(selected('p6') && { p6Size }),
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  durationSec: Math.round((Date.now() - began) / 1000),
  figures,
  targets: TARGETS,
};
// results.json is the latest run; results-<db>.json keeps each figure's latest full-length measurement
// on that database (a reduced P6 or a quick run never reaches it), for the README's table.
const asJson = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
writeFileSync(new URL('./results.json', import.meta.url), asJson(results));
if (!quick && (fullSize || !selected('p6'))) {
  const perDb = new URL(`./results-${db}.json`, import.meta.url);
  const earlier = existsSync(perDb) ? (JSON.parse(readFileSync(perDb, 'utf8')) as BenchResults) : undefined;
  writeFileSync(perDb, asJson(mergeDbResults(earlier, results)));
}
printTable(results.figures);
