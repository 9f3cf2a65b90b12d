import { SERVICE_RECORD_EXPORT_ACTION } from '../../cards/service-record.js';
import type { CardActionDefinition } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findPersonById } from '../db/queries/people.js';
import { periodOfKey } from '../service-record/record-period.js';
import { requireReadable } from '../service-record/record-request.js';
import { sendRecordWorkbook } from '../service-record/send-record.js';

/**
 * 导出 on the service-record card: the record as a workbook. The button's values are ids, never
 * trusted: whoever presses is checked again as if they had typed `/我的记录 导出`.
 */
export const serviceRecordExportAction: CardActionDefinition = {
  action: SERVICE_RECORD_EXPORT_ACTION,
  audience: ['PHYSICIAN', 'HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, value) {
    const period = periodOfKey(value.period);
    const id = Number(value.physicianId);
    const subject = Number.isInteger(id) ? await findPersonById(ctx.db, id) : null;
    if (!subject || period === undefined) throw new BotError('BAD_ARGUMENTS', 'serviceRecord.staleButton');
    requireReadable(ctx, subject);
    await sendRecordWorkbook(ctx, subject, period);
  },
};
