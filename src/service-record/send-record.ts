import { serviceRecordCard } from '../../cards/service-record.js';
import type { Context } from '../core/context.js';
import { fileNamePart } from '../coordinator/monthly-report/export-workbook.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import type { PersonWithHome } from '../db/queries/people.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { recordDocument } from './record-document.js';
import { periodKey, type RecordPeriod } from './record-period.js';
import { serviceRecordView } from './record-view.js';
import { serviceRecordWorkbook } from './record-workbook.js';

/**
 * What `/我的记录` answers, once who may read whose record has been checked (`readRecordRequest`,
 * `requireReadable`): the card, or the workbook for filing.
 */

/** Replies with the record card (with the printable page's link when the service mints them). */
export async function replyRecordCard(ctx: Context, subject: PersonWithHome, period: RecordPeriod): Promise<void> {
  const view = await serviceRecordView(ctx, subject, period);
  await ctx.replyCard(serviceRecordCard(ctx.locale, view, ctx.recordPageLink?.(subject.id, periodKey(period))));
}

/** Sends the record as an .xlsx file and audits who exported whose record (`export.serviceRecord`). */
export async function sendRecordWorkbook(ctx: Context, subject: PersonWithHome, period: RecordPeriod): Promise<void> {
  const { view, days, issue } = await recordDocument(ctx, subject, period);
  const bytes = await serviceRecordWorkbook(ctx.locale, view, days, issue);
  await appendAuditEntry(ctx.db, {
    at: ctx.now(),
    ...auditActorOf(ctx),
    action: 'export.serviceRecord',
    entity: 'Person',
    entityId: String(subject.id),
    institutionId: subject.homeInstitutionId,
    supportingInstitutionId: subject.homeInstitutionId,
    details: { physician: subject.name, period: periodKey(period), days: days.length },
  });
  const name = fileNamePart(subject.name);
  await ctx.replyFile(ctx.t('serviceRecord.fileName', { name, period: view.periodLabel }), bytes);
}
