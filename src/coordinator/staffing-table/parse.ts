import { BotError, isBotError } from '../../core/errors.js';
import { tableFileKind } from '../../table-reader/file-kind.js';
import { readTable, type TableRead } from '../../table-reader/read-table.js';
import { STAFFING_LAYOUT, type StaffingColumn } from './layout.js';

/**
 * Reading a staffing table file into rows of text with their row numbers, through the tolerant table
 * reader (`src/table-reader/`). Nothing here knows the database; `validate.ts` checks the rows.
 */

/** One data row as written, by column, with the row number people see in their spreadsheet. */
export interface StaffingRow {
  /** The sheet, when the workbook had several read (row numbers then repeat across sheets). */
  sheet?: string;
  rowNumber: number;
  cells: Partial<Record<StaffingColumn, string>>;
}

/** A staffing table as read: its rows, and what the reply says about the reading. */
export interface StaffingRead extends Omit<TableRead<StaffingColumn>, 'rows'> {
  rows: StaffingRow[];
}

/** Whether the import takes a file by its name (.xlsx, .csv; .xls/.et are answered with a request for .xlsx). */
export function isTableFileName(fileName: string): boolean {
  return tableFileKind(fileName) !== 'other';
}

/** The reader's replies the staffing import words its own way (with the /模板 hint). */
const STAFFING_WORDING: Record<string, string> = {
  'tableReader.fileType': 'coordinatorImport.fileType',
  'tableReader.noHeader': 'coordinatorImport.noHeader',
  'tableReader.missingColumns': 'coordinatorImport.missingColumns',
};

/** The rows of a staffing table file; a file that cannot be read is a BAD_ARGUMENTS saying why. */
export async function parseStaffingFile(fileName: string, data: Buffer): Promise<StaffingRead> {
  try {
    const read = await readTable(fileName, data, STAFFING_LAYOUT);
    const several = read.sheets.length > 1;
    return {
      ...read,
      rows: read.rows.map(({ sheet, rowNumber, cells }) => ({ ...(several ? { sheet } : {}), rowNumber, cells })),
    };
  } catch (error) {
    const key = isBotError(error) ? STAFFING_WORDING[error.messageKey] : undefined;
    if (!isBotError(error) || key === undefined) throw error;
    throw new BotError(error.code, key, { fileName, ...error.params }, { cause: error });
  }
}
