import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRunStaffingTable, staffingInput } from '../../src/coordinator/staffing-table/dry-run.js';
import { parseStaffingFile } from '../../src/coordinator/staffing-table/parse.js';
import { listStaffingSchedule } from '../../src/db/queries/staffing-table.js';
import type { ViewScope } from '../../src/permissions/view-scope.js';
import { createCoordinatorWorld, type CoordinatorWorld } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { officialFormXlsx, type FormRow } from '../support/sample-tables.js';

const ALL: ViewScope = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };
const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

/**
 * A 5,000-row staffing table: every active assignment of the demo year as the form writes it (so the
 * plan is "unchanged" throughout), topped up with rows naming nobody. The preview must be complete and
 * correct; the time is printed (the target is under 5 s) and bounded generously, as the machine is shared.
 */
describe.each(testProviders())('a 5,000-row staffing table (%s)', (provider) => {
  let world: CoordinatorWorld;
  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
  }, 120_000);
  afterAll(async () => {
    await world?.bot.close();
  });

  it('previews whole and correct', async () => {
    const assignments = await listStaffingSchedule(world.bot.db, { scope: ALL, months: MONTHS });
    const rows: FormRow[] = assignments.map((a) => ({
      hospital: a.physician.homeInstitution?.name ?? '',
      physician: a.physician.name,
      clinic: a.institution.name,
      month: a.startDate.slice(0, 7),
      dates: a.plannedDates.map((d) => d.date).join('、'),
    }));
    const valid = rows.length;
    while (rows.length < 5_000) {
      rows.push({ hospital: '漳平市医院', physician: `无此人${rows.length}`, clinic: '桂林', month: '2026-12' });
    }
    const file = await officialFormXlsx(rows.slice(0, 5_000));
    const started = performance.now();
    const read = await parseStaffingFile('大表.xlsx', file);
    const input = await staffingInput(world.bot.db, ALL, read);
    const dryRun = await dryRunStaffingTable(world.bot.db, ALL, '大表.xlsx', input);
    const seconds = (performance.now() - started) / 1000;
    console.log(`5,000-row preview on ${provider}: ${seconds.toFixed(2)} s (${valid} valid rows)`);
    expect(dryRun.rowCount).toBe(5_000);
    expect(dryRun.problems).toHaveLength(Math.max(0, 5_000 - valid));
    expect(seconds).toBeLessThan(60);
  }, 180_000);
});
