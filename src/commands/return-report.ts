import type { CommandDefinition } from '../core/context.js';
import { returnMonthlyReport } from '../coordinator/monthly-report/return-report.js';

/**
 * `/退回 医院 月份 [项目代码] 理由` (`return`): a health bureau returns a hospital's submitted monthly
 * report for correction, with a reason (audited); only the hospital's coordinator submits it again.
 */
export const returnReportCommand: CommandDefinition = {
  name: '退回',
  aliases: ['return'],
  summaryKey: 'security.return.summary',
  usageKey: 'security.return.usage',
  audience: ['REGION_COORDINATOR'],
  run: returnMonthlyReport,
};
