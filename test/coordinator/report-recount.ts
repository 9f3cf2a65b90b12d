import ExcelJS from 'exceljs';
import { isVerified, owesConfirmation } from '../../src/records/service-day-state.js';
import type { Db } from '../../src/db/client.js';
import { WORK_LOG_METRICS, type WorkLogMetric } from '../../src/db/queries/work-logs.js';
import { GLOSSARY } from '../../src/i18n/glossary.js';
import { monthRange } from '../../src/time/local.js';

/**
 * What the monthly-report tests check exports against: the figures recounted straight from
 * service_days and work_logs (not through the code under test), and a reader for the exported sheets.
 */

/** One row of a table as read back: heading → cell value. */
export type SheetRow = Record<string, string | number>;

/** A hospital's sheet as read back. */
export interface ReadSheet {
  name: string;
  clinics: SheetRow[];
  total: SheetRow | undefined;
  physicians: SheetRow[];
  text: string;
}

/** The work-log headings of the sheets (the glossary words). */
export const METRIC_HEADINGS: readonly [WorkLogMetric, string][] = WORK_LOG_METRICS.map((m) => [m, GLOSSARY[m].zh]);

/** Recounted figures of a group of days. */
export interface Recounted {
  physicians: Set<number>;
  days: number;
  unverified: number;
  pending: number;
  metrics: Record<WorkLogMetric, number>;
}

function fresh(): Recounted {
  const metrics = Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, 0])) as Record<WorkLogMetric, number>;
  return { physicians: new Set(), days: 0, unverified: 0, pending: 0, metrics };
}

/** A hospital's month recounted per clinic name and per `physician|clinic`. */
export async function recount(db: Db, programId: number, hospitalId: number, period: string) {
  const { first, last } = monthRange(period);
  const days = await db.serviceDay.findMany({
    where: { programId, serviceDate: { gte: first, lte: last }, physician: { homeInstitutionId: hospitalId } },
    include: { workLog: true, institution: true, physician: true },
  });
  const clinics = new Map<string, Recounted>();
  const physicians = new Map<string, Recounted>();
  const total = fresh();
  for (const day of days) {
    const keys: [Map<string, Recounted>, string][] = [
      [clinics, day.institution.name],
      [physicians, `${day.physician.name}|${day.institution.name}`],
    ];
    const groups = [total, ...keys.map(([map, key]) => map.get(key) ?? map.set(key, fresh()).get(key)!)];
    for (const group of groups) {
      group.physicians.add(day.physicianId);
      group.days += 1;
      if (!isVerified(day)) group.unverified += 1;
      if (owesConfirmation(day)) group.pending += 1;
      for (const m of WORK_LOG_METRICS) group.metrics[m] += day.workLog?.[m] ?? 0;
    }
  }
  return { clinics, physicians, total };
}

/** Rows of a table under the header row whose first cell is `firstHeading`, up to a blank or 合计 row. */
function tableAt(ws: ExcelJS.Worksheet, firstHeading: string): { rows: SheetRow[]; total: SheetRow | undefined } {
  const values = (n: number) => (ws.getRow(n).values as unknown[]).slice(1) as (string | number | undefined)[];
  let header: string[] | undefined;
  const rows: SheetRow[] = [];
  for (let n = 1; n <= ws.rowCount; n++) {
    const cells = values(n);
    if (!header) {
      if (cells[1] === firstHeading) header = cells.map(String);
      continue;
    }
    if (cells[0] === undefined || cells[0] === '') break;
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as SheetRow;
    if (cells[0] === '合计') return { rows, total: row };
    rows.push(row);
  }
  return { rows, total: undefined };
}

/** Reads every sheet of an exported workbook. */
export async function readWorkbook(data: Buffer): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return workbook.worksheets.map((ws) => {
    const clinics = tableAt(ws, ws.name === '汇总' ? '支援单位' : '受援单位');
    const text: string[] = [];
    ws.eachRow((row) => text.push((row.values as unknown[]).slice(1).join(' ')));
    return {
      name: ws.name,
      clinics: clinics.rows,
      total: clinics.total,
      physicians: tableAt(ws, '姓名').rows,
      text: text.join('\n'),
    };
  });
}

/** The figures of a sheet row next to the recounted ones, as two comparable objects. */
export function compareRow(row: SheetRow | undefined, counted: Recounted | undefined) {
  const shown = Object.fromEntries([
    ['到岗天数', row?.['到岗天数']],
    ...METRIC_HEADINGS.map(([, heading]) => [heading, row?.[heading]]),
  ]);
  const expected = Object.fromEntries([
    ['到岗天数', counted?.days],
    ...METRIC_HEADINGS.map(([metric, heading]) => [heading, counted?.metrics[metric]]),
  ]);
  return { shown, expected };
}
