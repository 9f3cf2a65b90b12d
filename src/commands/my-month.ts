import { myMonthCard } from '../../cards/my-month.js';
import type { CommandDefinition, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { listAssignmentsForPhysicianInMonth } from '../db/queries/assignment-lists.js';
import { findProgramById } from '../db/queries/programs.js';
import { listServiceDaysOfPhysicianInMonth } from '../db/queries/service-day-lists.js';
import { sumWorkLogsForPhysicianInMonth } from '../db/queries/work-logs.js';
import { parseMonthArgument } from '../physician/month-argument.js';
import { serviceDaysWithDeviceVerification } from '../db/queries/location-readings.js';
import { evidenceOf } from '../physician/evidence.js';
import { summarizeMonth } from '../physician/month-summary.js';
import { requirePhysician } from '../physician/require-physician.js';
import { localParts } from '../time/local.js';

/**
 * `/本月` (`me`, `month`, `我的`), optionally `/本月 2026-10`: the physician's month as a card — days
 * served per clinic against the program minimum, days left, verification and confirmation counts, work
 * totals and the days needing attention.
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
    const [assignments, days, totals] = await Promise.all([
      listAssignmentsForPhysicianInMonth(ctx.db, physician.id, month),
      listServiceDaysOfPhysicianInMonth(ctx.db, physician.id, month),
      sumWorkLogsForPhysicianInMonth(ctx.db, physician.id, month),
    ]);
    if (assignments.length === 0 && days.length === 0) {
      await ctx.reply(ctx.t('physician.month.nothing', { month }));
      return;
    }
    const deviceVerified = await serviceDaysWithDeviceVerification(
      ctx.db,
      days.map((day) => day.id),
    );
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
      days: days.map((day) => ({
        ...day,
        ...clinicOf(day),
        evidence: evidenceOf({ ...day, deviceVerified: deviceVerified.has(day.id) }),
      })),
      minimumOf: (programId) => minimums.get(programId) ?? 0,
      totals,
    });
    await ctx.replyCard(myMonthCard(ctx.locale, summary));
  },
};

/** The monthly minimum of each program, by id. */
async function programMinimums(ctx: Context, programIds: readonly number[]): Promise<Map<number, number>> {
  const programs = await Promise.all([...new Set(programIds)].map((id) => findProgramById(ctx.db, id)));
  return new Map(programs.flatMap((p) => (p ? [[p.id, p.minServiceDaysPerMonth] as const] : [])));
}
