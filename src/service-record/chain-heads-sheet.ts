import type ExcelJS from 'exceljs';
import type { HospitalChainHead } from '../db/queries/record-chain.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import { writeFormSheet } from '../table-writer/official-form.js';

/**
 * The 记录链 sheet of a monthly report export: each physician's record chain head (sequence number and
 * full hash) when the report was exported, so a later edit of their records in the database shows
 * against the filed copy (`/核验` recomputes the chain).
 */
export function writeChainHeadsSheet(
  ws: ExcelJS.Worksheet,
  locale: Locale,
  heads: readonly HospitalChainHead[],
  exportedAt: string,
): void {
  writeFormSheet(ws, {
    title: t(locale, 'serviceRecord.heads.title'),
    block: [t(locale, 'serviceRecord.file.issuedAt', { at: exportedAt })],
    serialHeader: t(locale, 'serviceRecord.file.serial'),
    columns: [
      { header: t(locale, 'serviceRecord.heads.hospital'), width: 20 },
      { header: t(locale, 'serviceRecord.heads.physician'), width: 12 },
      { header: t(locale, 'serviceRecord.heads.seq'), width: 10, numeric: true },
      { header: t(locale, 'serviceRecord.heads.hash'), width: 68 },
    ],
    rows: heads.map((head) => [head.hospitalName, head.physicianName, head.seq, head.hash]),
    footer: t(locale, 'serviceRecord.heads.footer'),
  });
}
