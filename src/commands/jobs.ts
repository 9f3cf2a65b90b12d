import { jobsOverviewCard, type JobLine, type UndeliveredLine } from '../../cards/jobs-overview.js';
import type { CommandDefinition, Context } from '../core/context.js';
import { findLastJobRun } from '../db/queries/job-runs.js';
import { listUndeliveredOutbound, type OutboundMessage } from '../db/queries/outbound-messages.js';
import { findPersonById } from '../db/queries/people.js';
import { nextFire } from '../scheduler/cron-times.js';
import type { ScheduledJob } from '../scheduler/job.js';
import { jobs } from '../scheduler/jobs/index.js';
import { localParts } from '../time/local.js';

/** Messages still waiting after this long are listed as not delivered. */
const PENDING_OLDER_THAN_MINUTES = 10;
/** How many undelivered messages the view lists. */
const UNDELIVERED_LIMIT = 10;

/**
 * `/任务` (`jobs`), administrators only: every scheduled job with its schedule, last slot and its
 * outcome, next run, and the latest messages not delivered (purpose, recipient, reason).
 */
export const jobsCommand: CommandDefinition = {
  name: '任务',
  aliases: ['jobs'],
  summaryKey: 'scheduler.jobs.summary',
  usageKey: 'scheduler.jobs.usage',
  audience: ['ADMIN'],
  async run(ctx) {
    const now = ctx.now();
    const [lines, undelivered] = await Promise.all([
      Promise.all(jobs.map((job) => jobLine(ctx, job))),
      listUndeliveredOutbound(ctx.db, {
        now,
        pendingOlderThanMinutes: PENDING_OLDER_THAN_MINUTES,
        scope: 'all',
        limit: UNDELIVERED_LIMIT,
      }),
    ]);
    const { date, time } = localParts(now, ctx.timeZone);
    await ctx.replyCard(
      jobsOverviewCard(ctx.locale, {
        now: `${date} ${time}`,
        jobs: lines,
        undelivered: await Promise.all(undelivered.map((row) => undeliveredLine(ctx, row))),
      }),
    );
  },
};

/** `MM-DD HH:MM` in the bot's time zone. */
function shortLocal(ctx: Context, instant: Date): string {
  const { date, time } = localParts(instant, ctx.timeZone);
  return `${date.slice(5)} ${time}`;
}

async function jobLine(ctx: Context, job: ScheduledJob): Promise<JobLine> {
  const last = await findLastJobRun(ctx.db, job.name);
  const next = nextFire(job.cron, ctx.now(), ctx.timeZone);
  return {
    name: job.name,
    cron: job.cron,
    ...(last
      ? { last: { slot: last.slot, status: last.status, at: shortLocal(ctx, last.startedAt), detail: last.detail } }
      : {}),
    ...(next ? { next: shortLocal(ctx, next) } : {}),
  };
}

async function undeliveredLine(ctx: Context, row: OutboundMessage): Promise<UndeliveredLine> {
  const person = row.personId === null ? null : await findPersonById(ctx.db, row.personId);
  return {
    at: shortLocal(ctx, row.createdAt),
    purpose: row.purpose,
    recipient: person?.name ?? `${row.receiveIdType ?? ''} ${row.receiveId ?? row.targetMessageId ?? ''}`.trim(),
    reason:
      row.status === 'FAILED' ? (row.lastError ?? '') : ctx.t('scheduler.jobs.stillQueued', { status: row.status }),
  };
}
