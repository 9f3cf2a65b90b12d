import type { CommandDefinition } from '../core/context.js';
import { readRecordRequest } from '../service-record/record-request.js';
import { replyRecordCard, sendRecordWorkbook } from '../service-record/send-record.js';

/**
 * `/我的记录 [年份|全部] [导出]` (`record`): a physician's service record for title promotion and appraisal —
 * days by evidence strength and the work figures, per year, program and clinic, with the requirement
 * progress; `导出` sends it as a workbook for filing. Coordinators name a physician of their scope
 * (`/我的记录 @陈明 2025`).
 */
export const serviceRecordCommand: CommandDefinition = {
  name: '我的记录',
  aliases: ['record', '服务记录'],
  summaryKey: 'serviceRecord.summary',
  usageKey: 'serviceRecord.usage',
  audience: ['PHYSICIAN', 'HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const request = await readRecordRequest(ctx, args);
    if (request.exported) await sendRecordWorkbook(ctx, request.subject, request.period);
    else await replyRecordCard(ctx, request.subject, request.period);
  },
};
