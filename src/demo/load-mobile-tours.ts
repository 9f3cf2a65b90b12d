import type { Db } from '../db/client.js';
import { upsertProgramByCode } from '../db/queries/programs.js';
import { institutionIdLookup, loadTeam } from './load-tours.js';
import { buildDemoMobileProgram } from './mobile-tours.js';
import { FUJIAN } from './regions.js';

/**
 * Loads the demo mobile-hospital program (src/demo/mobile-tours.ts) after the team tour (`loadDemoTours`,
 * whose places it uses): the program and its tours, each loaded as a team is. Idempotent the same way.
 * Returns how many tours it holds.
 */
export async function loadDemoMobileTours(db: Db, options: { today: string; timeZone: string }): Promise<number> {
  const { tours, settings, ...fields } = buildDemoMobileProgram(options.today);
  const program = await upsertProgramByCode(db, { ...fields, kind: 'MOBILE_HOSPITAL', regionCode: FUJIAN, settings });
  const institutionId = institutionIdLookup(db);
  for (const tour of tours) {
    const target = { programId: program.id, startDate: program.startDate, row: program };
    await loadTeam(db, target, tour, institutionId, options.timeZone);
  }
  return tours.length;
}
