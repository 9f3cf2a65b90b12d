import { serviceRecordCard } from '../../cards/service-record.js';
import type { Context } from '../core/context.js';
import { fileNamePart } from '../coordinator/monthly-report/export-workbook.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import type { PersonWithHome } from '../db/queries/people.js';
import { sealUnchainedRows } from '../db/queries/record-chain.js';
import { createRecordIssue } from '../db/queries/record-issues.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { chainHeadText } from './chain-head-text.js';
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

/**
 * Sends the record as an .xlsx file carrying a verification code (核验码) and the chain head it was
 * issued at — rows not chained yet are sealed first — and audits who exported whose record.
 */
export async function sendRecordWorkbook(ctx: Context, subject: PersonWithHome, period: RecordPeriod): Promise<void> {
  const head = await sealUnchainedRows(ctx.db, subject.id, ctx.now());
  const issued = await createRecordIssue(ctx.db, {
    physicianId: subject.id,
    period: periodKey(period),
    headSeq: head.seq,
    headHash: head.hash,
    issuedAt: ctx.now(),
    issuedById: ctx.actor.person?.id ?? null,
  });
  const { view, days, issue } = await recordDocument(ctx, subject, period, [
    { label: ctx.t('serviceRecord.file.code'), value: issued.code },
    { label: ctx.t('serviceRecord.file.head'), value: chainHeadText(head) },
  ]);
  const bytes = await serviceRecordWorkbook(ctx.locale, view, days, issue);
  await appendAuditEntry(ctx.db, {
    at: ctx.now(),
    ...auditActorOf(ctx),
    action: 'export.serviceRecord',
    entity: 'Person',
    entityId: String(subject.id),
    institutionId: subject.homeInstitutionId,
    supportingInstitutionId: subject.homeInstitutionId,
    details: {
      physician: subject.name,
      period: periodKey(period),
      days: days.length,
      code: issued.code,
      head: head.seq,
    },
  });
  const name = fileNamePart(subject.name);
  await ctx.replyFile(ctx.t('serviceRecord.fileName', { name, period: view.periodLabel }), bytes);
  await ctx.reply(ctx.t('serviceRecord.issued', { code: issued.code, head: chainHeadText(head) }));
}
