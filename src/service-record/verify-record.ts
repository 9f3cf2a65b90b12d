import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { findPersonById } from '../db/queries/people.js';
import { findRecordIssue, normalizeIssueCode } from '../db/queries/record-issues.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { localParts } from '../time/local.js';
import { chainHeadText } from './chain-head-text.js';
import { verifyIssue, type ChainVerdict, type TamperSign } from './chain-verify.js';
import { periodOfKey } from './record-period.js';

/**
 * `/核验 <核验码>`: whoever holds an issued record's code (a coordinator, 职称办) asks whether it is
 * authentic: unchanged since issue, changed only by what the service appended since (listed), or changed
 * behind the service's back (tampered, with where). Every check is audited.
 */
export async function verifyRecord(ctx: Context, args: CommandArgs): Promise<void> {
  const [typed] = args.tokens;
  if (typed === undefined) throw badArguments('serviceRecord.verify.missingCode');
  const code = normalizeIssueCode(args.tokens.join(''));
  const issue = code === undefined ? null : await findRecordIssue(ctx.db, code);
  if (!issue) throw new BotError('NOT_FOUND', 'serviceRecord.verify.unknownCode', { code: typed });
  const [verdict, physician] = await Promise.all([
    verifyIssue(ctx.db, issue),
    findPersonById(ctx.db, issue.physicianId),
  ]);
  const at = (instant: Date) => {
    const parts = localParts(instant, ctx.timeZone);
    return `${parts.date} ${parts.time}`;
  };
  const period = periodOfKey(issue.period);
  const heading = ctx.t('serviceRecord.verify.heading', {
    code: issue.code,
    name: physician?.name ?? '',
    hospital: physician?.homeInstitution?.name ?? '',
    period:
      period?.kind === 'year'
        ? ctx.t('serviceRecord.period.year', { year: period.year })
        : ctx.t('serviceRecord.period.all'),
    issuedAt: at(issue.issuedAt),
    head: chainHeadText({ seq: issue.headSeq, hash: issue.headHash }),
  });
  await appendAuditEntry(ctx.db, {
    at: ctx.now(),
    ...auditActorOf(ctx),
    action: 'serviceRecord.verify',
    entity: 'RecordIssue',
    entityId: issue.code,
    supportingInstitutionId: physician?.homeInstitutionId ?? null,
    details: { tampered: verdict.tampered.length, appended: verdict.appended.length },
  });
  await ctx.reply([heading, ...verdictLines(ctx, verdict, at)].join('\n'));
}

function verdictLines(ctx: Context, verdict: ChainVerdict, at: (instant: Date) => string): string[] {
  if (verdict.tampered.length > 0) {
    return [
      ctx.t('serviceRecord.verify.tampered'),
      ...verdict.tampered.slice(0, 10).map((sign) => `- ${signText(ctx, sign)}`),
    ];
  }
  if (verdict.appended.length === 0) return [ctx.t('serviceRecord.verify.authentic')];
  return [
    ctx.t('serviceRecord.verify.appended', { count: verdict.appended.length, head: chainHeadText(verdict.head) }),
    ...verdict.appended
      .slice(0, 20)
      .map((link) => `- ${at(link.at)} ${ctx.t(`serviceRecord.row.${link.kind}`)} #${link.entityId}`),
  ];
}

function signText(ctx: Context, sign: TamperSign): string {
  switch (sign.kind) {
    case 'CHAIN_BROKEN':
    case 'ISSUED_HEAD_GONE':
      return ctx.t(`serviceRecord.verify.${sign.kind === 'CHAIN_BROKEN' ? 'chainBroken' : 'headGone'}`, {
        seq: sign.seq,
      });
    case 'ROW_CHANGED':
    case 'ROW_UNCHAINED':
      return ctx.t(`serviceRecord.verify.${sign.kind === 'ROW_CHANGED' ? 'rowChanged' : 'rowUnchained'}`, {
        row: ctx.t(`serviceRecord.row.${sign.row}`),
        id: sign.id,
      });
  }
}
