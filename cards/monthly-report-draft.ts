import type { Card, CardElement } from '../src/core/card.js';
import type { HospitalReportLine } from '../src/coordinator/monthly-report/completeness.js';
import type { MonthlyReportData } from '../src/coordinator/monthly-report/figures.js';
import {
  CLINIC_COLUMNS,
  cellValue,
  headingText,
  PHYSICIAN_COLUMNS,
  SPOT_CHECK_COLUMNS,
  type ReportColumn,
} from '../src/coordinator/monthly-report/layout.js';
import { REPORT_SECTIONS, type ReportSections } from '../src/coordinator/monthly-report/sections.js';
import { reportStateText } from '../src/coordinator/monthly-report/state-text.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** The buttons' actions. */
export const REPORT_SUBMIT_ACTION = 'report.submit';
export const REPORT_EXPORT_ACTION = 'report.export';

/** What the monthly report card shows. */
export interface MonthlyReportCardView {
  obligationId: number;
  data: MonthlyReportData;
  /** Where the report stands (its due date, and once submitted when). */
  line: Pick<HospitalReportLine, 'state' | 'submittedAt' | 'daysLate' | 'dueDate'>;
  /** The three text sections as last saved (prefilled in the form) or submitted (shown). */
  sections: ReportSections;
}

/** What a coordinator checks before submitting: the days not verified by location or not yet confirmed. */
const CHECK_COLUMNS = PHYSICIAN_COLUMNS.filter(
  (column) => column.kind === 'figure' && (column.figure === 'unverifiedDays' || column.figure === 'pendingDays'),
);

/** Clinic columns the card shows (name, physicians, days and the first work figures); the file has all. */
const CARD_CLINIC_COLUMNS = CLINIC_COLUMNS.slice(0, 6);
const TABLE_PAGE = 10;

/**
 * A hospital's monthly workload report for its coordinator: the main figures, the table per clinic and,
 * until submitted, a form with the note (存在问题及下月计划) and 提交; always 导出Excel.
 */
export function monthlyReportCard(locale: Locale, view: MonthlyReportCardView): Card {
  const { data, line, obligationId } = view;
  const submitted = line.state === 'onTime' || line.state === 'late';
  const value = { obligationId };
  const exportButton: CardElement = {
    kind: 'actions',
    buttons: [{ text: t(locale, 'coordinator.report.card.export'), action: REPORT_EXPORT_ACTION, value }],
  };
  const head: CardElement[] = [
    {
      kind: 'fields',
      fields: [
        { label: t(locale, 'coordinator.report.card.program'), value: data.programName },
        { label: t(locale, 'coordinator.report.card.state'), value: reportStateText(locale, line) },
      ],
    },
    {
      kind: 'fields',
      fields: [...CLINIC_COLUMNS, ...CHECK_COLUMNS].flatMap((column) =>
        column.kind === 'figure'
          ? [{ label: headingText(locale, column.heading), value: String(data.totals[column.figure]) }]
          : [],
      ),
    },
    clinicTable(locale, data),
    ...spotCheckElements(locale, data),
  ];
  // The sections as saved or submitted, escaped; the form's inputs start empty (a default value would
  // carry the user's text unescaped into the card) and an input left empty keeps the saved text.
  const shownSections = REPORT_SECTIONS.map((section): CardElement => ({
    kind: 'note',
    text: t(locale, 'coordinator.report.card.sectionShown', {
      section: t(locale, `coordinator.report.sectionName.${section}`),
      text: view.sections[section] || '—',
    }),
  }));
  const tail: CardElement[] = submitted
    ? [...shownSections, exportButton]
    : [
        ...shownSections,
        { kind: 'note', text: t(locale, 'coordinator.report.card.hint') },
        {
          kind: 'form',
          name: 'monthly_report',
          inputs: REPORT_SECTIONS.map((section) => ({
            name: section,
            label: t(locale, `coordinator.report.sectionName.${section}`),
            placeholder: t(
              locale,
              view.sections[section]
                ? 'coordinator.report.card.keepSaved'
                : `coordinator.report.card.placeholder.${section}`,
            ),
          })),
          submit: {
            text: t(locale, 'coordinator.report.card.submit'),
            action: REPORT_SUBMIT_ACTION,
            value,
            style: 'primary',
            confirm: {
              title: t(locale, 'coordinator.report.card.confirmTitle'),
              text: t(locale, 'coordinator.report.card.confirmText', { period: data.period }),
            },
          },
        },
        exportButton,
      ];
  return {
    title: t(locale, 'coordinator.report.card.title', { period: data.period }),
    subtitle: data.hospitalName,
    tone: line.state === 'onTime' ? 'green' : line.state === 'late' || line.state === 'overdue' ? 'orange' : 'blue',
    elements: [...head, ...tail],
  };
}

function clinicTable(locale: Locale, data: MonthlyReportData): CardElement {
  if (data.clinics.length === 0) return { kind: 'markdown', text: t(locale, 'coordinator.report.card.noDays') };
  return layoutTable(locale, CARD_CLINIC_COLUMNS, data.clinics);
}

/** The month's spot checks (四不两直): how many, failed and still open, and the days (none: nothing). */
function spotCheckElements(locale: Locale, data: MonthlyReportData): CardElement[] {
  const lines = data.spotChecks ?? [];
  if (lines.length === 0) return [];
  const failed = lines.filter((line) => line.failed);
  return [
    {
      kind: 'markdown',
      text: t(locale, 'coordinator.report.card.spotChecks', {
        checks: lines.length,
        failed: failed.length,
        open: failed.filter((line) => line.open).length,
      }),
    },
    layoutTable(locale, SPOT_CHECK_COLUMNS, lines),
  ];
}

/** A table of the report's layout columns (layout.ts), so the card and the file head them alike. */
function layoutTable<Row extends object>(
  locale: Locale,
  columns: readonly ReportColumn<Row>[],
  rows: readonly Row[],
): CardElement {
  return {
    kind: 'table',
    columns: columns.map((column, i) => ({
      key: `c${i}`,
      label: headingText(locale, column.heading),
      ...(column.kind === 'figure' ? { align: 'right' as const } : {}),
    })),
    rows: rows.map((row) => Object.fromEntries(columns.map((column, i) => [`c${i}`, cellValue(column, row, locale)]))),
    pageSize: TABLE_PAGE,
  };
}
