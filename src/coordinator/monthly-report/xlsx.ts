import type ExcelJS from 'exceljs';
import { newWorkbook } from '../excel.js';
import type { HospitalChainHead } from '../../db/queries/record-chain.js';
import { writeChainHeadsSheet } from '../../service-record/chain-heads-sheet.js';
import { writeSurveySheet, type SurveySheet } from '../../survey/survey-sheet.js';
import { printOnA4, writeFormSheet } from '../../table-writer/official-form.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/messages/index.js';
import { emptyFigures, type WorkloadFigures } from '../workload-figures.js';
import type { MonthlyReportData } from './figures.js';
import { REPORT_SECTIONS, type ReportSection, type ReportSections } from './sections.js';
import {
  cellValue,
  CLINIC_COLUMNS,
  headingText,
  HOSPITAL_COLUMNS,
  PHYSICIAN_COLUMNS,
  SPOT_CHECK_COLUMNS,
  totalCells,
  type HospitalRow,
  type ReportColumn,
} from './layout.js';

/**
 * Writes monthly workload reports as an .xlsx workbook in the layout of layout.ts: one printable sheet
 * per report (title, header, the clinic table with its 合计 row, the physician table with the monthly
 * minimum, the month's spot checks when there were any, the three text sections (工作完成情况 / 存在问题 / 下一步工作计划和建议), the signature line; 序号 in front of every table), and for a region a 汇总 sheet
 * first with one row per hospital, then a 报送情况 sheet saying which hospitals filed.
 */

/** One report as a sheet shows it. */
export interface ReportSheet {
  data: MonthlyReportData;
  /** The report's state in words (已提交（按时）2023-10-01 10:20 …). */
  state: string;
  preparedBy: string;
  /** Local date the report was filed or drafted. */
  preparedOn: string;
  /** The three text sections, printed after the tables. */
  sections: ReportSections;
}

/** What the 汇总 sheet names: the scope and month. */
export interface SummaryHeader {
  scopeLabel: string;
  period: string;
}

const TITLE_FONT = { bold: true, size: 16 } as const;
const BOLD = { bold: true } as const;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: ExcelJS.Borders = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
  diagonal: {},
};
const NUMBER_FORMAT = '#,##0';
/** A text section's box: its height per ~line of text (points), the characters a line holds, the most. */
const TEXT_ROW_HEIGHT = 45;
const TEXT_CHARS_PER_LINE = 120;
const TEXT_ROW_MAX_HEIGHT = 400;
const SHEET_NAME_MAX = 31;

/**
 * The workbook of some reports; with `summary`, a 汇总 sheet comes first; with `survey` (the year-end
 * export), the 满意度调查 sheet comes last.
 */
export async function monthlyReportWorkbook(
  locale: Locale,
  sheets: readonly ReportSheet[],
  summary?: SummaryHeader,
  chainHeads?: { heads: readonly HospitalChainHead[]; exportedAt: string },
  survey?: SurveySheet,
): Promise<Buffer> {
  const workbook = await newWorkbook();
  const names = new Set<string>();
  if (summary) {
    const add = (key: string) => workbook.addWorksheet(uniqueName(t(locale, key), names));
    writeSummary(add('coordinator.report.summarySheet'), locale, sheets, summary);
    writeFiling(add('coordinator.report.filingSheet'), locale, sheets, summary);
  }
  for (const sheet of sheets)
    writeReport(workbook.addWorksheet(uniqueName(sheet.data.hospitalName, names)), locale, sheet);
  if (chainHeads) {
    const ws = workbook.addWorksheet(uniqueName(t(locale, 'serviceRecord.heads.sheet'), names));
    writeChainHeadsSheet(ws, locale, chainHeads.heads, chainHeads.exportedAt);
  }
  if (survey)
    writeSurveySheet(workbook.addWorksheet(uniqueName(t(locale, 'survey.sheet.name'), names)), locale, survey);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeReport(ws: ExcelJS.Worksheet, locale: Locale, sheet: ReportSheet): void {
  const { data } = sheet;
  const width = Math.max(CLINIC_COLUMNS.length, PHYSICIAN_COLUMNS.length) + 1;
  setWidths(ws, [CLINIC_COLUMNS, PHYSICIAN_COLUMNS]);
  writeTitle(ws, t(locale, 'coordinator.report.sheetTitle'), width);
  writeLine(ws, [
    t(locale, 'coordinator.report.head.hospital', { hospital: data.hospitalName }),
    t(locale, 'coordinator.report.head.period', { period: data.period }),
    t(locale, 'coordinator.report.head.program', { program: data.programName }),
  ]);
  writeLine(ws, [
    t(locale, 'coordinator.report.head.preparedBy', { name: sheet.preparedBy }),
    t(locale, 'coordinator.report.head.preparedOn', { date: sheet.preparedOn }),
    t(locale, 'coordinator.report.head.state', { state: sheet.state }),
  ]);
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount }];
  writeSection(ws, t(locale, 'coordinator.report.section.clinics'));
  writeTable(ws, locale, CLINIC_COLUMNS, data.clinics, data.totals);
  writeSection(ws, t(locale, 'coordinator.report.section.physicians'));
  writeTable(ws, locale, PHYSICIAN_COLUMNS, data.physicians);
  if (data.spotChecks && data.spotChecks.length > 0) {
    writeSection(ws, t(locale, 'coordinator.report.section.spotChecks'));
    writeTable(ws, locale, SPOT_CHECK_COLUMNS, data.spotChecks);
  }
  for (const section of REPORT_SECTIONS) writeTextSection(ws, locale, section, sheet.sections[section], width);
  writeFooter(ws, locale, width);
  printable(ws);
}

/**
 * A text section as on the paper form: its heading, then the text in one box merged across the table's
 * width, wrapped, with room for a few lines (more for a longer text).
 */
function writeTextSection(
  ws: ExcelJS.Worksheet,
  locale: Locale,
  section: ReportSection,
  text: string,
  width: number,
): void {
  writeSection(ws, t(locale, `coordinator.report.section.${section}`));
  const row = ws.addRow([text || t(locale, 'coordinator.report.noNote')]);
  ws.mergeCells(row.number, 1, row.number, width);
  row.height = Math.min(
    TEXT_ROW_MAX_HEIGHT,
    TEXT_ROW_HEIGHT * Math.max(1, Math.ceil(text.length / TEXT_CHARS_PER_LINE)),
  );
  row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  row.getCell(1).border = THIN;
}

function writeSummary(
  ws: ExcelJS.Worksheet,
  locale: Locale,
  sheets: readonly ReportSheet[],
  header: SummaryHeader,
): void {
  setWidths(ws, [HOSPITAL_COLUMNS]);
  writeTitle(ws, t(locale, 'coordinator.report.summaryTitle'), HOSPITAL_COLUMNS.length + 1);
  writeLine(ws, [
    t(locale, 'coordinator.report.head.scope', { scope: header.scopeLabel }),
    t(locale, 'coordinator.report.head.period', { period: header.period }),
  ]);
  ws.views = [{ state: 'frozen', ySplit: ws.rowCount + 1 }];
  const rows: HospitalRow[] = sheets.map((sheet) => ({
    name: sheet.data.hospitalName,
    state: sheet.state,
    figures: sheet.data.totals,
  }));
  writeTable(ws, locale, HOSPITAL_COLUMNS, rows, addUp(rows.map((row) => row.figures)));
  writeFooter(ws, locale, HOSPITAL_COLUMNS.length + 1);
  printable(ws);
}

/** The 报送情况 sheet of a region's workbook: each hospital and whether (and when) its report was filed. */
function writeFiling(
  ws: ExcelJS.Worksheet,
  locale: Locale,
  sheets: readonly ReportSheet[],
  header: SummaryHeader,
): void {
  writeFormSheet(ws, {
    title: t(locale, 'coordinator.report.filingTitle', { period: header.period }),
    block: [
      t(locale, 'coordinator.report.head.scope', { scope: header.scopeLabel }),
      t(locale, 'coordinator.report.head.period', { period: header.period }),
    ],
    serialHeader: t(locale, 'coordinatorImport.form.serial'),
    columns: [
      { header: headingText(locale, { term: 'supportingUnit' }), width: 32 },
      { header: t(locale, 'coordinator.report.col.state'), width: 36 },
    ],
    rows: sheets.map((sheet) => [sheet.data.hospitalName, sheet.state]),
    footer: t(locale, 'coordinatorImport.form.footer'),
  });
}

/** Figures added up field by field (each physician has one home hospital, so hospitals add up). */
function addUp(all: readonly WorkloadFigures[]): WorkloadFigures {
  const sum = emptyFigures();
  for (const figures of all) {
    for (const key of Object.keys(sum) as (keyof WorkloadFigures)[]) sum[key] += figures[key];
  }
  return sum;
}

/** Column widths: 序号, then the widest of the tables' columns at each place. */
function setWidths(ws: ExcelJS.Worksheet, tables: readonly (readonly ReportColumn<never>[])[]): void {
  const count = Math.max(...tables.map((columns) => columns.length));
  ws.getColumn(1).width = 6;
  for (let i = 0; i < count; i++) {
    ws.getColumn(i + 2).width = Math.max(...tables.map((columns) => columns[i]?.width ?? 0));
  }
}

function writeTitle(ws: ExcelJS.Worksheet, title: string, width: number): void {
  const row = ws.addRow([title]);
  ws.mergeCells(row.number, 1, row.number, width);
  row.height = 28;
  row.getCell(1).font = TITLE_FONT;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
}

/** A header line: its parts spread over the first, fifth and ninth cells. */
function writeLine(ws: ExcelJS.Worksheet, parts: readonly string[]): void {
  const row = ws.addRow([]);
  parts.forEach((part, i) => {
    row.getCell(1 + i * 4).value = part;
  });
}

function writeSection(ws: ExcelJS.Worksheet, title: string): void {
  ws.addRow([]);
  ws.addRow([title]).getCell(1).font = BOLD;
}

/** A table with 序号 in front, thin borders, and its 合计 row (labelled under 序号) when given totals. */
function writeTable<Row extends object>(
  ws: ExcelJS.Worksheet,
  locale: Locale,
  columns: readonly ReportColumn<Row>[],
  rows: readonly Row[],
  totals?: WorkloadFigures,
): void {
  const header = ws.addRow([
    t(locale, 'coordinatorImport.form.serial'),
    ...columns.map((c) => headingText(locale, c.heading)),
  ]);
  header.eachCell((cell) => {
    cell.font = BOLD;
    cell.fill = HEADER_FILL;
    cell.border = THIN;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  const body = rows.map((row, index) =>
    ws.addRow([index + 1, ...columns.map((column) => cellValue(column, row, locale))]),
  );
  const total = totals
    ? ws.addRow([
        t(locale, 'coordinator.report.total'),
        ...totalCells(columns, totals, locale).map((c, i) => (i === 0 ? '' : c)),
      ])
    : undefined;
  if (total) total.font = BOLD;
  for (const row of total ? [...body, total] : body) {
    row.getCell(1).border = THIN;
    row.getCell(1).alignment = { horizontal: 'center' };
    columns.forEach((column, i) => {
      const cell = row.getCell(i + 2);
      cell.border = THIN;
      if (column.kind === 'figure') cell.numFmt = NUMBER_FORMAT;
    });
  }
}

/** The signature line under a printed form. */
function writeFooter(ws: ExcelJS.Worksheet, locale: Locale, width: number): void {
  ws.addRow([]);
  const footer = ws.addRow([t(locale, 'coordinatorImport.form.footer')]);
  ws.mergeCells(footer.number, 1, footer.number, width);
}

/** Prints on A4 as every filed form does, the title and header lines repeated on each page. */
function printable(ws: ExcelJS.Worksheet): void {
  printOnA4(ws, '1:3');
}

/** A sheet name Excel accepts (no []:*?/\, at most 31 characters), unique in the workbook. */
function uniqueName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').slice(0, SHEET_NAME_MAX - 4);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}(${n})`;
  taken.add(name);
  return name;
}
