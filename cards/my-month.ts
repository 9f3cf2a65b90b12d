import type { Card, CardElement } from '../src/core/card.js';
import { WORK_LOG_METRICS } from '../src/domain/work-log.js';
import { term, type Locale } from '../src/i18n/locale.js';
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
  const heading: CardElement = {
    kind: 'markdown',
    text: trustedMarkdown(`**${t(locale, 'physician.month.totals', { logs: summary.totals.logs })}**`),
  };
  const fields = WORK_LOG_METRICS.filter((metric) => summary.totals[metric] > 0).map((metric) => ({
    label: term(locale, metric),
    value: String(summary.totals[metric]),
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

/**
 * `/本月`: days counted (confirmed, or 补卡) and days awaiting confirmation per clinic against the
 * monthly minimum — the rule the check-in receipt states — days left, verification and confirmation
 * counts, the month's work totals and the days that need attention.
 */
export function myMonthCard(locale: Locale, summary: MonthSummary): Card {
  const { verification, confirmation } = summary;
  return {
    title: t(locale, 'physician.month.title'),
    subtitle: summary.month,
    tone: summary.clinics.every((row) => row.counted >= row.minimum) ? 'green' : 'orange',
    elements: [
      { kind: 'markdown', text: calendarText(locale, summary.calendar) },
      clinicTable(locale, summary),
      { kind: 'note', text: t(locale, 'physician.month.countingRule') },
      {
        kind: 'fields',
        fields: [
          {
            label: t(locale, 'physician.month.verification'),
            value: t(locale, 'physician.month.verificationValue', verification),
          },
          {
            label: t(locale, 'physician.month.evidence'),
            value: t(locale, 'physician.month.evidenceValue', summary.evidence),
          },
          {
            label: t(locale, 'physician.month.confirmation'),
            value: t(locale, 'physician.month.confirmationValue', confirmation),
          },
        ],
      },
      { kind: 'divider' },
      ...totalsElements(locale, summary),
      { kind: 'divider' },
      ...flaggedElements(locale, summary),
    ],
  };
}
