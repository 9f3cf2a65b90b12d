import { loadDemo } from '../../src/demo/load.js';
import { loadDemoMobileTours } from '../../src/demo/load-mobile-tours.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { demoOpenId } from '../../src/demo/people.js';
import { hospitalCoordinatorOpenId } from '../../src/demo/staff.js';
import { localDate } from '../../src/time/local.js';
import { createBenchDatabase, type BenchDb } from '../support/database.js';
import { summarize } from '../support/stats.js';
import { benchCore, command } from './p4-cards.js';

/** The tours figure. */
export interface ToursFigures {
  tours_p95_ms: number;
}

const TIME_ZONE = 'Asia/Shanghai';

/**
 * `/巡回` on the province's tour: the demo with its tour (the 14 teams of seed 004 annex 1, 31 counties,
 * rosters, a plan of 25 days each and the presence of every day so far; the two mobile-hospital tours), for the province coordinator
 * (every team) and a hospital coordinator (one team), timed inside the core as P4 is.
 */
export async function runToursScenario(db: BenchDb, rounds: number): Promise<ToursFigures> {
  const database = await createBenchDatabase(db);
  const today = localDate(new Date(), TIME_ZONE);
  await loadDemo(database.db, { today, timeZone: TIME_ZONE });
  await loadDemoTours(database.db, { today, timeZone: TIME_ZONE });
  await loadDemoMobileTours(database.db, { today, timeZone: TIME_ZONE });
  const core = benchCore(database);
  const speakers = [demoOpenId('province_fujian'), hospitalCoordinatorOpenId('fj_provincial')];
  const samples: number[] = [];
  for (let round = 0; round <= rounds; round++) {
    for (const openId of speakers) {
      const started = performance.now();
      await core.accept(command(openId, '/巡回'));
      await core.drain();
      // The first round warms caches and the JIT, as a running service has them.
      if (round > 0) samples.push(performance.now() - started);
    }
  }
  await database.destroy();
  return { tours_p95_ms: summarize(samples).p95 };
}
