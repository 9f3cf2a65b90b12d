import { myScheduleCard, type ScheduleEntry } from '../../cards/my-schedule.js';
import type { CommandDefinition } from '../core/context.js';
import { listAssignmentsForPhysicianOverlapping } from '../db/queries/assignment-lists.js';
import type { AssignmentDetail } from '../db/queries/assignment-views.js';
import { requirePhysician } from '../physician/require-physician.js';
import { addDays, addMonths, localParts, monthRange } from '../time/local.js';

/**
 * `/排班` (`schedule`): the physician's assignments from today to the end of next month — clinic,
 * address, period and the planned dates still to come, today and tomorrow marked — as a card.
 */
export const scheduleCommand: CommandDefinition = {
  name: '排班',
  aliases: ['schedule'],
  summaryKey: 'physician.schedule.summary',
  usageKey: 'physician.schedule.usage',
  audience: ['PHYSICIAN'],
  async run(ctx) {
    const physician = requirePhysician(ctx, '/排班');
    const { date: today, month } = localParts(ctx.now(), ctx.timeZone);
    const to = monthRange(addMonths(month, 1)).last;
    const assignments = await listAssignmentsForPhysicianOverlapping(ctx.db, physician.id, today, to);
    if (assignments.length === 0) {
      await ctx.reply(ctx.t('physician.schedule.none'));
      return;
    }
    const entries = assignments.map((a) => scheduleEntry(a, today, to));
    await ctx.replyCard(myScheduleCard(ctx.locale, { from: today, to, today, tomorrow: addDays(today, 1), entries }));
  },
};

function scheduleEntry(assignment: AssignmentDetail, from: string, to: string): ScheduleEntry {
  return {
    clinic: assignment.institution.name,
    address: assignment.institution.address,
    startDate: assignment.startDate,
    endDate: assignment.endDate,
    plannedDates: assignment.plannedDates.map((d) => d.date).filter((date) => date >= from && date <= to),
  };
}
