import type { Card } from '../src/core/card.js';
import type { CompletenessView, ReportTally } from '../src/coordinator/monthly-report/completeness.js';
import { reportStateText } from '../src/coordinator/monthly-report/state-text.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** What the completeness card shows: a scope's reports on a month. */
export interface ReportCompletenessCardView extends CompletenessView {
  scopeLabel: string;
  period: string;
}

const TABLE_PAGE = 10;

/** A count over its denominator with the percentage: `5/6（83.3%）`. */
function rate(locale: Locale, count: number, total: number): string {
  const pct = total === 0 ? '—' : `${((count / total) * 100).toFixed(1)}%`;
  return t(locale, 'coordinator.report.rate', { count, total, pct });
}

/**
 * Completeness and timeliness of the monthly workload reports in a coordinator's scope: the rates with
 * numerator and denominator, then per child region and per hospital.
 */
export function reportCompletenessCard(locale: Locale, view: ReportCompletenessCardView): Card {
  const { all } = view;
  const label = (key: string) => t(locale, `coordinator.report.completeness.${key}`);
  const tallyCells = (tally: ReportTally) => ({
    submitted: rate(locale, tally.submitted, tally.total),
    onTime: rate(locale, tally.onTime, tally.total),
    late: tally.late,
    overdue: tally.overdue,
    open: tally.open,
  });
  const countColumns = (['submitted', 'onTime', 'late', 'overdue', 'open'] as const).map((key) => ({
    key,
    label: label(key),
    align: 'right' as const,
  }));
  return {
    title: t(locale, 'coordinator.report.completeness.title', { period: view.period }),
    subtitle: view.scopeLabel,
    tone: all.overdue > 0 ? 'orange' : 'blue',
    elements: [
      {
        kind: 'fields',
        fields: [
          { label: label('submittedRate'), value: rate(locale, all.submitted, all.total) },
          { label: label('onTimeRate'), value: rate(locale, all.onTime, all.total) },
          { label: label('late'), value: String(all.late) },
          { label: label('overdue'), value: String(all.overdue) },
          { label: label('open'), value: String(all.open) },
        ],
      },
      {
        kind: 'table',
        columns: [{ key: 'region', label: label('region') }, ...countColumns],
        rows: view.regions.map((row) => ({ region: row.region, ...tallyCells(row.tally) })),
        pageSize: TABLE_PAGE,
      },
      {
        kind: 'table',
        columns: [
          { key: 'hospital', label: label('hospital') },
          { key: 'program', label: label('program') },
          { key: 'state', label: label('state') },
        ],
        rows: view.hospitals.map((line) => ({
          hospital: line.hospital,
          program: line.program,
          state: reportStateText(locale, line),
        })),
        pageSize: TABLE_PAGE,
      },
      { kind: 'note', text: label('rule') },
    ],
  };
}
