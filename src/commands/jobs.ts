import { jobsOverviewCard, type JobLine, type UndeliveredLine } from '../../cards/jobs-overview.js';
import type { CommandDefinition, Context } from '../core/context.js';
import { findLastJobRun } from '../db/queries/job-runs.js';
import { listUndeliveredOutbound, type OutboundMessage } from '../db/queries/outbound-messages.js';
import { findPersonById } from '../db/queries/people.js';
import { nextFire } from '../scheduler/cron-times.js';
import type { ScheduledJob } from '../scheduler/job.js';
import { cronInWords } from '../scheduler/cron-words.js';
import { MESSAGES } from '../i18n/messages/index.js';
import { jobs } from '../scheduler/jobs/index.js';
import { localParts } from '../time/local.js';

/** Words asking for the ids and cron expressions too. */
const DETAIL_WORDS = new Set(['详细', '详情', 'detail', 'details', '-v']);

/** Messages still waiting after this long are listed as not delivered. */
const PENDING_OLDER_THAN_MINUTES = 10;
/** How many undelivered messages the view lists. */
const UNDELIVERED_LIMIT = 10;

/**
 * `/任务` (`jobs`), administrators only: every scheduled job by its Chinese name with its schedule in
 * words, last slot and its outcome, next run, and the latest messages not delivered (purpose, recipient,
 * reason). `/任务 详细` adds each job's id and cron expression.
 */
export const jobsCommand: CommandDefinition = {
  name: '任务',
  aliases: ['jobs'],
  summaryKey: 'scheduler.jobs.summary',
  usageKey: 'scheduler.jobs.usage',
  audience: ['ADMIN'],
  async run(ctx, args) {
    const now = ctx.now();
    const detailed = args.tokens.some((token) => DETAIL_WORDS.has(token.toLowerCase()));
    const [lines, undelivered] = await Promise.all([
      Promise.all(jobs.map((job) => jobLine(ctx, job, detailed))),
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

/**
 * A job in words: its Chinese name and when it runs (`每天 09:00`); with `详细`, also its id and cron
 * expression, which administrators need to find it in logs and code.
 */
async function jobLine(ctx: Context, job: ScheduledJob, detailed: boolean): Promise<JobLine> {
  const last = await findLastJobRun(ctx.db, job.name);
  const next = nextFire(job.cron, ctx.now(), ctx.timeZone);
  const key = `scheduler.jobs.name.${job.name}`;
  const name = key in MESSAGES ? ctx.t(key) : job.name;
  const schedule = cronInWords(ctx.locale, job.cron);
  return {
    name: detailed ? ctx.t('scheduler.jobs.withId', { name, id: job.name }) : name,
    schedule: detailed ? ctx.t('scheduler.jobs.withId', { name: schedule, id: job.cron }) : schedule,
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
