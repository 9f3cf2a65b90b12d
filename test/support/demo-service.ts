import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import type { Db } from '../../src/db/client.js';
import { loadDemo } from '../../src/demo/load.js';
import type { ManualClock } from '../../src/time/clock.js';
import type { EventPusher } from '../emulator/feishu/index.js';
import { WORLD_TIME_ZONE, WORLD_TODAY } from './coordinator-world.js';
import { clockedPusher, startServiceHarness, type ServiceHarness } from './service-harness.js';

/** The running Feishu service of a coordinator test and a pusher signing on its clock. */
export interface DemoService {
  harness: ServiceHarness;
  pusher: EventPusher;
}

/**
 * Starts the Feishu service on `clock` (set to the demo world's start) with the demo world loaded, then
 * `more` (another demo part, such as the tours) on the same database.
 */
export async function startDemoService(
  provider: DbProvider,
  clock: ManualClock,
  more?: (db: Db) => Promise<unknown>,
): Promise<DemoService> {
  const harness = await startServiceHarness({ provider, clock });
  const { db } = harness.service.database;
  await loadDemo(db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE, now: clock.now() });
  await more?.(db);
  return { harness, pusher: clockedPusher(harness, clock) };
}
