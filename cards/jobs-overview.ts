import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t, trustedMarkdown } from '../src/core/card-text.js';

/** A job run's outcome, as stored. */
export type JobRunState = 'RUNNING' | 'DONE' | 'FAILED' | 'SKIPPED';

/** One job as `/任务` shows it; instants already formatted as local `MM-DD HH:MM`. */
export interface JobLine {
  /** The job's name in words (with its id on `/任务 详细`). */
  name: string;
  /** When it runs, in words (with the cron expression on `/任务 详细`). */
  schedule: string;
  last?: { slot: string; status: JobRunState; at: string; detail: string };
  next?: string;
}

/** One message not delivered. */
export interface UndeliveredLine {
  at: string;
  purpose: string;
  recipient: string;
  reason: string;
}

/** What `/任务` shows. */
export interface JobsOverview {
  /** Local `YYYY-MM-DD HH:MM` of the view. */
  now: string;
  jobs: JobLine[];
  undelivered: UndeliveredLine[];
}

const STATUS_KEYS: Record<JobRunState, string> = {
  RUNNING: 'scheduler.jobs.running',
  DONE: 'scheduler.jobs.done',
  FAILED: 'scheduler.jobs.failed',
  SKIPPED: 'scheduler.jobs.skipped',
};

/** Longest failure reason shown; the log has the rest. */
const MAX_REASON = 80;

const clip = (text: string) => (text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text);

function jobsTable(locale: Locale, jobs: JobLine[]): CardElement {
  const none = t(locale, 'scheduler.jobs.never');
  return {
    kind: 'table',
    columns: [
      { key: 'job', label: t(locale, 'scheduler.jobs.job') },
      { key: 'cron', label: t(locale, 'scheduler.jobs.cron') },
      { key: 'last', label: t(locale, 'scheduler.jobs.last') },
      { key: 'status', label: t(locale, 'scheduler.jobs.status') },
      { key: 'next', label: t(locale, 'scheduler.jobs.next') },
    ],
    rows: jobs.map((job) => ({
      job: job.name,
      cron: job.schedule,
      last: job.last ? `${job.last.slot} (${job.last.at})` : none,
      status: job.last
        ? [t(locale, STATUS_KEYS[job.last.status]), clip(job.last.detail)].filter(Boolean).join(': ')
        : '—',
      next: job.next ?? '—',
    })),
    pageSize: 10,
  };
}

function undeliveredElements(locale: Locale, lines: UndeliveredLine[]): CardElement[] {
  const heading: CardElement = {
    kind: 'markdown',
    text: trustedMarkdown(`**${t(locale, 'scheduler.jobs.undelivered')}**`),
  };
  if (lines.length === 0) return [heading, { kind: 'note', text: t(locale, 'scheduler.jobs.allDelivered') }];
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { key: 'at', label: t(locale, 'scheduler.jobs.queuedAt') },
        { key: 'purpose', label: t(locale, 'scheduler.jobs.purpose') },
        { key: 'recipient', label: t(locale, 'scheduler.jobs.recipient') },
        { key: 'reason', label: t(locale, 'scheduler.jobs.reason') },
      ],
      rows: lines.map((line) => ({ ...line, reason: clip(line.reason) })),
      pageSize: 10,
    },
  ];
}

/** `/任务` (admins): every scheduled job with its last slot and next fire, and messages not delivered. */
export function jobsOverviewCard(locale: Locale, view: JobsOverview): Card {
  const failing = view.jobs.some((job) => job.last?.status === 'FAILED') || view.undelivered.length > 0;
  return {
    title: t(locale, 'scheduler.jobs.title'),
    subtitle: view.now,
    tone: failing ? 'orange' : 'blue',
    elements: [jobsTable(locale, view.jobs), { kind: 'divider' }, ...undeliveredElements(locale, view.undelivered)],
  };
}
