import { REPORT_EXPORT_ACTION } from '../../cards/monthly-report-draft.js';
import type { CardActionDefinition } from '../core/context.js';
import { sendReportWorkbook } from '../coordinator/monthly-report/export-workbook.js';
import { coordinatedObligation } from '../coordinator/monthly-report/obligation-access.js';

/** 导出Excel on the monthly report card: the report as .xlsx, to whoever coordinates the hospital. */
export const reportExportAction: CardActionDefinition = {
  action: REPORT_EXPORT_ACTION,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR'],
  async run(ctx, value) {
    const obligation = await coordinatedObligation(ctx, value, REPORT_EXPORT_ACTION);
    await sendReportWorkbook(ctx, [obligation], {
      period: obligation.period,
      scopeLabel: obligation.institution.name,
      summary: false,
    });
  },
};
