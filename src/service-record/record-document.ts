import type { Context } from '../core/context.js';
import type { PersonWithHome } from '../db/queries/people.js';
import { localParts } from '../time/local.js';
import { recordDayLines, type RecordDayLine } from './record-days.js';
import type { RecordIssue } from './record-layout.js';
import type { RecordPeriod } from './record-period.js';
import { serviceRecordView, type ServiceRecordView } from './record-view.js';

/** Everything a filed record shows — the workbook and the printable page are two renderings of it. */
export interface RecordDocument {
  view: ServiceRecordView;
  days: RecordDayLine[];
  issue: RecordIssue;
}

/** What building a document reads: the database, the language, the time zone and the moment of issue. */
export type DocumentContext = Pick<Context, 'db' | 'locale' | 't' | 'timeZone' | 'now'>;

/** The record of `subject` over `period` as issued now. */
export async function recordDocument(
  ctx: DocumentContext,
  subject: PersonWithHome,
  period: RecordPeriod,
  lines: RecordIssue['lines'] = [],
): Promise<RecordDocument> {
  const view = await serviceRecordView(ctx, subject, period);
  const days = await recordDayLines(ctx, view);
  const now = localParts(ctx.now(), ctx.timeZone);
  return { view, days, issue: { issuedAt: `${now.date} ${now.time}`, lines } };
}
