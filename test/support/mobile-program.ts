import type { DbOrTx } from '../../src/db/client.js';
import { upsertProgramByCode } from '../../src/db/queries/programs.js';
import { FUJIAN } from '../../src/demo/regions.js';

/**
 * A province-wide “移动医院”巡诊 program for the whole of `year`, with its roster, plan and summary due at the
 * year's end (so nothing is overdue while a test sets a tour up): the program `/巡回 流动医院` needs.
 */
export async function upsertMobileProgram(db: DbOrTx, year: string): Promise<void> {
  await upsertProgramByCode(db, {
    code: `MOBILE-${year}`,
    name: `${year}年“移动医院”巡诊`,
    kind: 'MOBILE_HOSPITAL',
    regionCode: FUJIAN,
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    settings: { tour: { rosterDue: `${year}-12-31`, planDue: `${year}-12-31`, summaryDue: `${year}-12-31` } },
  });
}
