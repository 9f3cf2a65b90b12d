import type ExcelJS from 'exceljs';
import { newWorkbook } from '../coordinator/excel.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import { writeFormSheet } from '../table-writer/official-form.js';
import type { RecordDayLine } from './record-days.js';
import { coverLines, DAY_COLUMNS, dayColumnHeader, type RecordIssue } from './record-layout.js';
import type { ServiceRecordView } from './record-view.js';

/**
 * The service record as a workbook for filing (职称评聘): a cover sheet (封面: who, hospital, title,
 * specialty, period, the totals of the catalogue, the requirement lines, when it was issued) and a sheet
 * of one row per day drawn as the official forms are (A4 landscape, header repeated); both print on A4.
 */

/** The workbook's bytes. */
export async function serviceRecordWorkbook(
  locale: Locale,
  view: ServiceRecordView,
  days: readonly RecordDayLine[],
  issue: RecordIssue,
): Promise<Buffer> {
  const workbook = await newWorkbook();
  writeCover(workbook.addWorksheet(t(locale, 'serviceRecord.sheet.cover')), locale, view, issue);
  writeFormSheet(workbook.addWorksheet(t(locale, 'serviceRecord.sheet.days')), {
    title: t(locale, 'serviceRecord.file.daysTitle', { name: view.physician.name, period: view.periodLabel }),
    block: [
      t(locale, 'serviceRecord.file.hospital', { hospital: view.physician.hospital }),
      t(locale, 'serviceRecord.file.issuedAt', { at: issue.issuedAt }),
    ],
    serialHeader: t(locale, 'serviceRecord.file.serial'),
    columns: DAY_COLUMNS.map((column) => ({ header: dayColumnHeader(locale, column.key), width: column.width })),
    rows: days.map((day) => DAY_COLUMNS.map((column) => day[column.key])),
    footer: t(locale, 'serviceRecord.file.footer'),
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeCover(ws: ExcelJS.Worksheet, locale: Locale, view: ServiceRecordView, issue: RecordIssue): void {
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 44;
  const title = ws.addRow([t(locale, 'serviceRecord.file.coverTitle')]);
  ws.mergeCells(title.number, 1, title.number, 2);
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { horizontal: 'center' };
  ws.addRow([]);
  const pairs = coverLines(locale, view, issue);
  for (const [label, value] of pairs) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.eachCell((cell) => {
      cell.border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: 'left' };
    });
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
  };
}
