import { figureLabel } from '../coordinator/workload-figures.js';
import { WORK_LOG_METRICS } from '../domain/work-log.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { RecordDayLine } from './record-days.js';
import { RECORD_DAY_FIGURES, type ServiceRecordView } from './record-view.js';

/**
 * THE layout of a filed service record, shared by the workbook and the printable page so both always
 * show the same: the cover's label–value lines and the day table's columns.
 */

/** What the cover says besides the view: when the record was issued and, once verifiable, its code. */
export interface RecordIssue {
  issuedAt: string;
  /** Extra cover lines (the verification code and chain head, when the record carries them). */
  lines?: readonly { label: string; value: string }[];
}

/** The cover's lines, in order: who, period, totals of the catalogue, requirements, issue. */
export function coverLines(locale: Locale, view: ServiceRecordView, issue: RecordIssue): [string, string][] {
  const { physician, totals } = view;
  return [
    [t(locale, 'serviceRecord.file.name'), physician.name],
    [t(locale, 'serviceRecord.file.hospitalLabel'), physician.hospital],
    [t(locale, 'serviceRecord.file.title'), physician.title],
    [t(locale, 'serviceRecord.file.specialty'), physician.specialty],
    [t(locale, 'serviceRecord.file.period'), view.periodLabel],
    ...[...RECORD_DAY_FIGURES, ...WORK_LOG_METRICS].map((id): [string, string] => [
      figureLabel(locale, id),
      String(totals[id]),
    ]),
    ...view.requirements.map((line): [string, string] => [
      t(locale, 'serviceRecord.file.requirement', { program: line.programName }),
      t(locale, 'serviceRecord.file.requirementValue', { served: line.served, required: line.required }),
    ]),
    [t(locale, 'serviceRecord.file.issuedAtLabel'), issue.issuedAt],
    ...(issue.lines ?? []).map((line): [string, string] => [line.label, line.value]),
  ];
}

/** The day table's columns, in order, with their width in characters. */
export const DAY_COLUMNS: readonly { key: keyof RecordDayLine; width: number }[] = [
  { key: 'date', width: 12 },
  { key: 'clinic', width: 18 },
  { key: 'checkIn', width: 9 },
  { key: 'checkOut', width: 9 },
  { key: 'evidence', width: 12 },
  { key: 'distance', width: 9 },
  { key: 'confirmation', width: 22 },
  { key: 'spotCheck', width: 9 },
  { key: 'correction', width: 24 },
  { key: 'work', width: 30 },
];

/** A day column's header. */
export function dayColumnHeader(locale: Locale, key: keyof RecordDayLine): string {
  return t(locale, `serviceRecord.day.${key}`);
}
