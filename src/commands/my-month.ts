import { myMonthCard } from '../../cards/my-month.js';
import type { CommandDefinition, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { listAssignmentsForPhysicianInMonth } from '../db/queries/assignment-lists.js';
import { findPersonById } from '../db/queries/people.js';
import { findProgramById } from '../db/queries/programs.js';
import { listApprovedCorrectionsOfPhysicianInMonth } from '../db/queries/service-day-corrections.js';
import { listServiceDaysOfPhysicianInMonth } from '../db/queries/service-day-lists.js';
import { listSpotCheckFindings } from '../db/queries/spot-checks.js';
import { listServiceDayFacts } from '../db/queries/workload-facts.js';
import type { ViewScope } from '../permissions/view-scope.js';
import { parseMonthArgument } from '../physician/month-argument.js';
import { summarizeMonth, type CorrectedDay } from '../physician/month-summary.js';
import { requirePhysician } from '../physician/require-physician.js';
import { localParts, monthRange } from '../time/local.js';

/** A physician sees their own days wherever they served: no scope beyond the physician filter. */
const OWN_DAYS: ViewScope = { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} };

/**
 * `/本月` (`me`, `month`, `我的`), optionally `/本月 2026-10`: the physician's month as a card — days
 * served per clinic against the program minimum, days left, the figures of the catalogue (the same fold
 * as the coordinator's drill-down), the days needing attention and the spot-checked days (已抽查 / 抽查不符).
 */
export const myMonthCommand: CommandDefinition = {
  name: '本月',
  aliases: ['me', 'month', '我的'],
  summaryKey: 'physician.month.summary',
  usageKey: 'physician.month.usage',
  audience: ['PHYSICIAN'],
  async run(ctx, args) {
    const physician = requirePhysician(ctx, '/本月');
    const { date: today, month: current } = localParts(ctx.now(), ctx.timeZone);
    const month = args.raw === '' ? current : parseMonthArgument(args.raw);
    if (month === undefined) throw badArguments('physician.month.badMonth', { month: args.raw });
    const { first, last } = monthRange(month);
    const [assignments, days, facts, corrected, spotChecks] = await Promise.all([
      listAssignmentsForPhysicianInMonth(ctx.db, physician.id, month),
      listServiceDaysOfPhysicianInMonth(ctx.db, physician.id, month),
      listServiceDayFacts(ctx.db, { scope: OWN_DAYS, from: first, to: last, physicianId: physician.id }),
      correctedDays(ctx, physician.id, month),
      listSpotCheckFindings(ctx.db, { from: first, to: last }),
    ]);
    if (assignments.length === 0 && days.length === 0) {
      await ctx.reply(ctx.t('physician.month.nothing', { month }));
      return;
    }
    const minimums = await programMinimums(
      ctx,
      [...assignments, ...days].map((row) => row.programId),
    );
    const clinicOf = (row: { programId: number; institutionId: number; institution: { name: string } }) => ({
      programId: row.programId,
      institutionId: row.institutionId,
      clinic: row.institution.name,
    });
    const summary = summarizeMonth({
      month,
      today,
      assigned: assignments.map(clinicOf),
      days: days.map((day) => ({ ...day, ...clinicOf(day), spotChecks: spotChecks.get(day.id) ?? [] })),
      facts,
      minimumOf: (programId) => minimums.get(programId) ?? 0,
      corrected,
    });
    await ctx.replyCard(myMonthCard(ctx.locale, summary));
  },
};

/** The month's 补卡 days with the name of whoever approved each (a few a month at most). */
async function correctedDays(ctx: Context, physicianId: number, month: string): Promise<CorrectedDay[]> {
  const corrections = await listApprovedCorrectionsOfPhysicianInMonth(ctx.db, physicianId, month);
  const deciders = [...new Set(corrections.flatMap((c) => (c.decidedById === null ? [] : [c.decidedById])))];
  const people = await Promise.all(deciders.map((id) => findPersonById(ctx.db, id)));
  const names = new Map(people.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  return corrections.map((c) => ({
    date: c.serviceDate,
    clinic: c.institution.name,
    approvedBy: c.decidedById === null ? null : (names.get(c.decidedById) ?? null),
  }));
}

/** The monthly minimum of each program, by id. */
async function programMinimums(ctx: Context, programIds: readonly number[]): Promise<Map<number, number>> {
  const programs = await Promise.all([...new Set(programIds)].map((id) => findProgramById(ctx.db, id)));
  return new Map(programs.flatMap((p) => (p ? [[p.id, p.minServiceDaysPerMonth] as const] : [])));
}
