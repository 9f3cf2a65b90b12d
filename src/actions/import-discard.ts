import { staffingImportPreviewCard } from '../../cards/staffing-import-preview.js';
import type { CardActionDefinition } from '../core/context.js';
import { staffingAuditPlace } from '../coordinator/staffing-table/apply.js';
import { STAFFING_IMPORT_KIND } from '../coordinator/staffing-table/dry-run.js';
import { previewOf } from '../coordinator/staffing-table/preview.js';
import { closedBy, stagedImportOfPress } from '../coordinator/staffing-table/staged-press.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { closeStagedImport } from '../db/queries/staged-imports.js';
import { inTransaction } from '../db/queries/transaction.js';

/** 放弃 on a staffing-table preview: the staged import is discarded (audited) and the card says so. */
export const importDiscardAction: CardActionDefinition = {
  action: 'import.discard',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR'],
  async run(ctx, value) {
    const found = await stagedImportOfPress(ctx, value);
    if (!found) return;
    const { staged, payload } = found;
    const actorId = ctx.actor.person?.id ?? null;
    const at = ctx.now();
    const discarded = await inTransaction(ctx.db, async (tx) => {
      if (!(await closeStagedImport(tx, staged.id, { status: 'DISCARDED', actorId, at }))) return false;
      await appendAuditEntry(tx, {
        at,
        actorId,
        action: 'import.discard',
        entity: 'StagedImport',
        entityId: String(staged.id),
        ...staffingAuditPlace(payload.plan),
        details: { kind: STAFFING_IMPORT_KIND, fileName: staged.fileName },
      });
      return true;
    });
    if (!discarded) {
      await ctx.reply(ctx.t('coordinatorImport.gone'));
      return;
    }
    const dryRun = { fileName: staged.fileName, rowCount: payload.rows.length, problems: [], plan: payload.plan };
    await ctx.updateCard(
      staffingImportPreviewCard(ctx.locale, previewOf(ctx, dryRun, { state: 'discarded', ...closedBy(ctx) })),
    );
  },
};
