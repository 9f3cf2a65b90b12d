import type { DbOrTx } from '../db/client.js';
import { submitReport } from '../db/queries/report-submissions.js';
import { ensureReportingObligation } from '../db/queries/reporting.js';
import { writeInChunks } from './chunked.js';
import type { DemoDataset } from './dataset.js';
import type { DemoIds } from './load-ids.js';

/**
 * Writes the monthly workload reports owed and, where the hospital filed one, its submission; a report
 * already submitted is left as it is.
 */
export async function loadObligations(db: DbOrTx, dataset: DemoDataset, ids: DemoIds): Promise<void> {
  await writeInChunks(db, dataset.obligations, async (tx, planned) => {
    const key = {
      programId: ids.program(planned.programCode),
      institutionId: ids.institution(planned.institutionKey),
      kind: 'MONTHLY_WORKLOAD' as const,
      period: planned.period,
    };
    const obligation = await ensureReportingObligation(tx, key, planned.dueDate);
    const { submission } = planned;
    if (submission && obligation.status !== 'SUBMITTED') {
      await submitReport(tx, {
        obligationId: obligation.id,
        figures: { ...submission.figures },
        byId: ids.person(submission.byOpenId),
        at: submission.at,
      });
    }
  });
}
