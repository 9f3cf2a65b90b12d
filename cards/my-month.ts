import type { Card, CardElement } from '../src/core/card.js';
import { periodText, type FigurePeriod } from '../src/coordinator/figure-period.js';
import { DAY_STATE_FIGURE_IDS, figureLabel } from '../src/coordinator/workload-figures.js';
import { WORK_LOG_METRICS } from '../src/domain/work-log.js';
import type { Locale } from '../src/i18n/locale.js';
import { t, trustedMarkdown, type Markdown } from '../src/core/card-text.js';
import type { DayFlag } from '../src/physician/day-status.js';
import type { MonthCalendar, MonthSummary } from '../src/physician/month-summary.js';

const FLAG_KEYS: Record<DayFlag, string> = {
  CHECK_OUT_MISSING: 'physician.month.flag.noCheckOut',
  OPEN: 'physician.month.flag.noCheckOut',
  UNVERIFIED: 'physician.month.flag.unverified',
  DISPUTED: 'physician.month.flag.disputed',
  UNCONFIRMED: 'physician.month.flag.pending',
  CONFIRMATION_OVERDUE: 'physician.month.flag.unconfirmed',
  SHORT: 'physician.month.flag.short',
  SPOT_CHECKED: 'physician.month.flag.spotChecked',
  SPOT_CHECK_FAILED: 'physician.month.flag.spotCheckFailed',
};

function calendarText(locale: Locale, calendar: MonthCalendar): Markdown {
  switch (calendar.kind) {
    case 'current':
      return t(locale, 'physician.month.daysLeft', { days: calendar.daysLeft });
    case 'past':
      return t(locale, 'physician.month.monthOver');
    case 'future':
      return t(locale, 'physician.month.monthAhead', { days: calendar.days });
  }
}

/** The whole month, or up to today while it runs. */
function monthPeriodOf(summary: MonthSummary): FigurePeriod {
  return summary.calendar.kind === 'current' && summary.calendar.daysLeft > 1
    ? { kind: 'monthToDate', month: summary.month, to: summary.today }
    : { kind: 'month', month: summary.month };
}

function clinicTable(locale: Locale, summary: MonthSummary): CardElement {
  return {
    kind: 'table',
    columns: [
      { key: 'clinic', label: t(locale, 'physician.month.clinic') },
      { key: 'counted', label: t(locale, 'physician.month.counted'), align: 'right' },
      { key: 'pending', label: t(locale, 'physician.month.pending'), align: 'right' },
      { key: 'minimum', label: t(locale, 'physician.month.minimum'), align: 'right' },
      { key: 'status', label: t(locale, 'physician.month.status') },
    ],
    rows: summary.clinics.map((row) => ({
      clinic: row.clinic,
      counted: row.counted,
      pending: row.pending,
      minimum: row.minimum,
      status:
        row.counted >= row.minimum
          ? t(locale, 'physician.month.met')
          : t(locale, 'physician.month.short', { days: row.minimum - row.counted }),
    })),
  };
}

function totalsElements(locale: Locale, summary: MonthSummary): CardElement[] {
  const { figures } = summary;
  const heading: CardElement = {
    kind: 'markdown',
    text: trustedMarkdown(`**${t(locale, 'physician.month.totals', { logs: figures.loggedDays })}**`),
  };
  const fields = WORK_LOG_METRICS.filter((metric) => figures[metric] > 0).map((metric) => ({
    label: figureLabel(locale, metric),
    value: String(figures[metric]),
  }));
  return fields.length > 0
    ? [heading, { kind: 'fields', fields }]
    : [heading, { kind: 'note', text: t(locale, 'physician.month.noLogs') }];
}

function flaggedElements(locale: Locale, summary: MonthSummary): CardElement[] {
  const heading: CardElement = {
    kind: 'markdown',
    text: trustedMarkdown(`**${t(locale, 'physician.month.flagged')}**`),
  };
  if (summary.flagged.length === 0) return [heading, { kind: 'note', text: t(locale, 'physician.month.noFlagged') }];
  return [
    heading,
    {
      kind: 'table',
      columns: [
        { key: 'date', label: t(locale, 'physician.month.date') },
        { key: 'clinic', label: t(locale, 'physician.month.clinic') },
        { key: 'issues', label: t(locale, 'physician.month.issues') },
      ],
      rows: summary.flagged.map((day) => ({
        date: day.date.slice(5),
        clinic: day.clinic,
        issues: day.flags.map((flag) => t(locale, FLAG_KEYS[flag])).join('、'),
      })),
      pageSize: 10,
    },
  ];
}

/** The month's 补卡 days, each with who approved it (none: no section). */
function correctedElements(locale: Locale, summary: MonthSummary): CardElement[] {
  if (summary.corrected.length === 0) return [];
  return [
    { kind: 'divider' },
    { kind: 'markdown', text: trustedMarkdown(`**${t(locale, 'physician.month.corrected')}**`) },
    {
      kind: 'table',
      columns: [
        { key: 'date', label: t(locale, 'physician.month.date') },
        { key: 'clinic', label: t(locale, 'physician.month.clinic') },
        { key: 'approvedBy', label: t(locale, 'physician.month.approvedBy') },
      ],
      rows: summary.corrected.map((day) => ({
        date: day.date.slice(5),
        clinic: day.clinic,
        approvedBy: day.approvedBy ?? '—',
      })),
      pageSize: 10,
    },
  ];
}

/** The month's spot-checked days, each 已抽查 or 抽查不符 (none: no section). */
function spotCheckedElements(locale: Locale, summary: MonthSummary): CardElement[] {
  if (summary.spotChecked.length === 0) return [];
  return [
    { kind: 'divider' },
    { kind: 'markdown', text: trustedMarkdown(`**${t(locale, 'physician.month.spotChecked')}**`) },
    {
      kind: 'table',
      columns: [
        { key: 'date', label: t(locale, 'physician.month.date') },
        { key: 'clinic', label: t(locale, 'physician.month.clinic') },
        { key: 'result', label: t(locale, 'physician.month.spotCheckResult') },
      ],
      rows: summary.spotChecked.map((day) => ({
        date: day.date.slice(5),
        clinic: day.clinic,
        result: t(locale, FLAG_KEYS[day.failed ? 'SPOT_CHECK_FAILED' : 'SPOT_CHECKED']),
      })),
      pageSize: 10,
    },
  ];
}

/**
 * `/本月`: days counted (confirmed, or 补卡) and days awaiting confirmation per clinic against the
 * monthly minimum — the rule the check-in receipt states — days left, verification and confirmation
 * counts, the month's work totals, the days that need attention, the 补卡 days with their approvers and
 * the spot-checked days.
 */
export function myMonthCard(locale: Locale, summary: MonthSummary): Card {
  return {
    title: t(locale, 'physician.month.title'),
    subtitle: periodText(locale, monthPeriodOf(summary)),
    tone: summary.clinics.every((row) => row.counted >= row.minimum) ? 'green' : 'orange',
    elements: [
      { kind: 'markdown', text: calendarText(locale, summary.calendar) },
      clinicTable(locale, summary),
      { kind: 'note', text: t(locale, 'physician.month.countingRule') },
      {
        kind: 'fields',
        fields: DAY_STATE_FIGURE_IDS.map((id) => ({
          label: figureLabel(locale, id),
          value: String(summary.figures[id]),
        })),
      },
      { kind: 'divider' },
      ...totalsElements(locale, summary),
      { kind: 'divider' },
      ...flaggedElements(locale, summary),
      ...correctedElements(locale, summary),
      ...spotCheckedElements(locale, summary),
    ],
  };
}
