import type { Title } from '../../generated/sqlite/enums.js';
import type { Term } from '../../i18n/glossary.js';
import { term, type Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/messages/index.js';
import { WORK_LOG_METRICS } from '../../db/queries/work-logs.js';
import { titleLabel } from '../../physician/person-labels.js';
import { figureLabel, type FigureId, type WorkloadFigures } from '../workload-figures.js';

/**
 * The layout of the monthly workload report (对口支援工作量月报表, annex 2 of seed 001), in one place.
 * The seeds name the form but not its columns, so this is the form a 医务科 would recognise: a header
 * (title, 支援单位, 报告月份, 填报人, 填报日期), a table per recipient clinic with a 合计 row, a table per
 * physician and clinic, and the note (存在问题及下月计划). The card, the workbook and the summary sheet
 * all read these columns, so the same figure always sits under the same heading.
 */

/** A heading: a figure of the catalogue (its label), a glossary word, or a message key of the coordinator-report area. */
export type Heading = { figure: FigureId } | { term: Term } | { key: string };

/** A column: its heading, its width in characters, and either a text or a figure of the row. */
export type ReportColumn<Row> = { heading: Heading; width: number } & (
  { kind: 'text'; text(row: Row, locale: Locale): string } | { kind: 'figure'; figure: keyof WorkloadFigures }
);

/** One recipient clinic of a hospital's month. */
export interface ClinicRow {
  clinicId: number;
  name: string;
  figures: WorkloadFigures;
}

/** One physician at one clinic in the month (a physician at two clinics has two rows). */
export interface PhysicianRow {
  physicianId: number;
  name: string;
  title: Title | null;
  specialty: string | null;
  clinic: string;
  figures: WorkloadFigures;
  /** The physician's days in the month at all clinics (absent in reports stored before it was recorded). */
  monthDays?: number;
  /** Whether `monthDays` reaches the program's monthly minimum (达到每月最低天数). */
  meetsMinimum?: boolean;
}

/**
 * One spot-checked day of the hospital's physicians in the month (四不两直): 已抽查, or 抽查不符 with
 * whether it is still 有异议 (a follow-up open) — absent in reports stored before it was recorded.
 */
export interface SpotCheckLine {
  date: string;
  physician: string;
  clinic: string;
  failed: boolean;
  /** A failed check whose day is still 有异议. */
  open: boolean;
}

/** One hospital on the summary sheet of a region's workbook. */
export interface HospitalRow {
  name: string;
  /** The report's state in words (已提交 2023-10-01 / 未提交). */
  state: string;
  figures: WorkloadFigures;
}

/** The words of a heading in a locale. */
export function headingText(locale: Locale, heading: Heading): string {
  if ('figure' in heading) return figureLabel(locale, heading.figure);
  return 'term' in heading ? term(locale, heading.term) : t(locale, heading.key);
}

const NAME_WIDTH = 28;
const FIGURE_WIDTH = 10;

/** A figure column, headed by the figure's catalogue label. */
function figure(key: keyof WorkloadFigures): ReportColumn<{ figures: WorkloadFigures }> {
  return { heading: { figure: key }, width: FIGURE_WIDTH, kind: 'figure', figure: key };
}

const WORK_COLUMNS = WORK_LOG_METRICS.map((metric) => figure(metric));
const DAYS = figure('serviceDays');

/** The per-clinic table: 受援单位, 到岗支援医师, 到岗天数, then every work-log figure. */
export const CLINIC_COLUMNS: readonly ReportColumn<ClinicRow>[] = [
  { heading: { term: 'recipientUnit' }, width: NAME_WIDTH, kind: 'text', text: (row) => row.name },
  figure('physiciansServed'),
  DAYS,
  ...WORK_COLUMNS,
];

/** The per-physician table: who, where, days with their unverified and unconfirmed part, then the work. */
export const PHYSICIAN_COLUMNS: readonly ReportColumn<PhysicianRow>[] = [
  { heading: { key: 'coordinator.report.col.name' }, width: 10, kind: 'text', text: (row) => row.name },
  {
    heading: { key: 'coordinator.report.col.title' },
    width: 12,
    kind: 'text',
    text: (row, locale) => titleLabel(locale, row.title) ?? '',
  },
  {
    heading: { key: 'coordinator.report.col.specialty' },
    width: 12,
    kind: 'text',
    text: (row) => row.specialty ?? '',
  },
  { heading: { term: 'recipientUnit' }, width: NAME_WIDTH, kind: 'text', text: (row) => row.clinic },
  DAYS,
  {
    heading: { key: 'coordinator.report.col.meetsMinimum' },
    width: 12,
    kind: 'text',
    text: (row, locale) =>
      row.meetsMinimum === undefined
        ? ''
        : t(locale, row.meetsMinimum ? 'coordinator.report.met' : 'coordinator.report.notMet', {
            days: row.monthDays ?? 0,
          }),
  },
  figure('deviceVerifiedDays'),
  figure('unverifiedDays'),
  figure('pendingDays'),
  ...WORK_COLUMNS,
];

/** The summary sheet of a region's workbook: one row per hospital. */
export const HOSPITAL_COLUMNS: readonly ReportColumn<HospitalRow>[] = [
  { heading: { term: 'supportingUnit' }, width: NAME_WIDTH, kind: 'text', text: (row) => row.name },
  { heading: { key: 'coordinator.report.col.state' }, width: 22, kind: 'text', text: (row) => row.state },
  figure('physiciansServed'),
  DAYS,
  ...WORK_COLUMNS,
];

/** The spot-check table (附：抽查情况): when, who, where, the state model's word, and whether it is followed up. */
export const SPOT_CHECK_COLUMNS: readonly ReportColumn<SpotCheckLine>[] = [
  { heading: { key: 'coordinator.report.col.date' }, width: 12, kind: 'text', text: (row) => row.date },
  { heading: { key: 'coordinator.report.col.name' }, width: 10, kind: 'text', text: (row) => row.physician },
  { heading: { term: 'recipientUnit' }, width: NAME_WIDTH, kind: 'text', text: (row) => row.clinic },
  {
    heading: { key: 'coordinator.report.col.spotCheck' },
    width: 12,
    kind: 'text',
    text: (row, locale) => term(locale, row.failed ? 'stateSpotCheckFailed' : 'stateSpotChecked'),
  },
  {
    heading: { key: 'coordinator.report.col.followUp' },
    width: 16,
    kind: 'text',
    text: (row, locale) =>
      row.failed ? t(locale, row.open ? 'coordinator.report.followUpOpen' : 'coordinator.report.followUpSettled') : '',
  },
];

/** The value of a cell: the row's text or figure (a table of rows without figures has only text columns). */
export function cellValue<Row extends object>(column: ReportColumn<Row>, row: Row, locale: Locale): string | number {
  if (column.kind === 'text') return column.text(row, locale);
  const { figures } = row as { figures?: WorkloadFigures };
  return figures?.[column.figure] ?? 0;
}

/** The 合计 row of a table: the label in the first column, the totals under the figures. */
export function totalCells<Row>(
  columns: readonly ReportColumn<Row>[],
  totals: WorkloadFigures,
  locale: Locale,
): (string | number)[] {
  return columns.map((column, index) => {
    if (column.kind === 'figure') return totals[column.figure];
    return index === 0 ? t(locale, 'coordinator.report.total') : '';
  });
}
