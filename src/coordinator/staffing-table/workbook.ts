import type ExcelJS from 'exceljs';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/messages/index.js';
import { writeFormSheet, type FormPlace } from '../../table-writer/official-form.js';
import { newWorkbook } from '../excel.js';
import { COLUMN_HEADERS, COLUMN_WIDTHS, STAFFING_COLUMNS, STAFFING_SHEET_NAME, type StaffingColumn } from './layout.js';

/** One row of the table as written, by column (序号 is numbered by the form). */
export type StaffingCells = Partial<Record<Exclude<StaffingColumn, 'serial'>, string | number>>;

/** The form's header: whose table, which month, who filed it and when. */
export interface StaffingFormHeader {
  /** 填报单位 (the hospital, or the bureau's region). */
  unit: string;
  /** `YYYY-MM`. */
  month: string;
  filer: string;
  filerPhone: string;
  /** Local `YYYY-MM-DD`. */
  date: string;
}

const DATA_COLUMNS = STAFFING_COLUMNS.filter((c): c is Exclude<StaffingColumn, 'serial'> => c !== 'serial');

/**
 * A workbook whose first sheet is the staffing table drawn as the official form (merged title, header
 * block, 序号, borders, A4 landscape with the header repeated, a 合计 row counting people and days, the
 * signature line) in the import's layout. The template and the export both start here.
 */
export async function staffingWorkbook(
  locale: Locale,
  header: StaffingFormHeader,
  rows: readonly StaffingCells[],
): Promise<{ workbook: ExcelJS.Workbook; place: FormPlace }> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(STAFFING_SHEET_NAME);
  const [year = '', month = ''] = header.month.split('-');
  const people = new Set(rows.map((row) => `${row.hospital ?? ''}|${row.physician ?? ''}`)).size;
  const days = rows.reduce(
    (sum, row) =>
      sum +
      String(row.dates ?? '')
        .split('、')
        .filter(Boolean).length,
    0,
  );
  const place = writeFormSheet(sheet, {
    title: t(locale, 'coordinatorImport.form.title', { unit: header.unit, year, month: Number(month) }),
    block: [
      t(locale, 'coordinatorImport.form.unit', { unit: header.unit }),
      t(locale, 'coordinatorImport.form.filer', { name: header.filer }),
      t(locale, 'coordinatorImport.form.phone', { phone: header.filerPhone }),
      t(locale, 'coordinatorImport.form.date', { date: header.date }),
    ],
    serialHeader: COLUMN_HEADERS.serial[0],
    columns: DATA_COLUMNS.map((column) => ({ header: COLUMN_HEADERS[column][0], width: COLUMN_WIDTHS[column] })),
    rows: rows.map((row) => DATA_COLUMNS.map((column) => row[column] ?? '')),
    total: {
      label: t(locale, 'coordinatorImport.form.total'),
      cells: DATA_COLUMNS.map((column) =>
        column === 'physician'
          ? t(locale, 'coordinatorImport.form.people', { count: people })
          : column === 'dates'
            ? t(locale, 'coordinatorImport.form.days', { count: days })
            : '',
      ),
    },
    footer: t(locale, 'coordinatorImport.form.footer'),
  });
  return { workbook, place };
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
