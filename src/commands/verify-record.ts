import type { CommandDefinition } from '../core/context.js';
import { verifyRecord } from '../service-record/verify-record.js';

/**
 * `/核验 <核验码>` (`verify`): is an issued service record authentic, was anything appended since, was a
 * row changed behind the service's back. For coordinators and 职称办 (a read-only role).
 */
export const verifyRecordCommand: CommandDefinition = {
  name: '核验',
  aliases: ['verify'],
  summaryKey: 'serviceRecord.verify.summary',
  usageKey: 'serviceRecord.verify.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'TITLE_OFFICE', 'ADMIN'],
  run: verifyRecord,
};
