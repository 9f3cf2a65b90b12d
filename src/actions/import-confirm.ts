import { staffingImportPreviewCard } from '../../cards/staffing-import-preview.js';
import type { CardActionDefinition } from '../core/context.js';
import { applyStagedStaffingImport, notifyStaffingChanges } from '../coordinator/staffing-table/apply.js';
import { stageStaffingTable, stagedInput } from '../coordinator/staffing-table/dry-run.js';
import { previewOf } from '../coordinator/staffing-table/preview.js';
import { closedBy, stagedImportOfPress } from '../coordinator/staffing-table/staged-press.js';
import { baseViewScope } from '../permissions/view-scope.js';

/**
 * 确认导入 (or 只新增不取消, `additionsOnly`) on a staffing-table preview: re-checks who presses and the staged import's status, checks the
 * table again against the records and applies it in one transaction, then notifies the physicians and
 * clinic heads and turns the card into “已导入”. When the records changed since the preview, nothing is
 * applied and the card shows the new check (with a fresh confirm button when it is clean).
 */
export const importConfirmAction: CardActionDefinition = {
  action: 'import.confirm',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR'],
  async run(ctx, value) {
    const found = await stagedImportOfPress(ctx, value);
    if (!found) return;
    const { staged, byOwner } = found;
    // The stager's scope as it is now (a revoked grant shrinks it); an administrator keeps the staged one.
    const scope = byOwner ? baseViewScope(ctx.actor) : null;
    const actorId = ctx.actor.person?.id ?? null;
    const additionsOnly = Number(value['additionsOnly']) === 1;
    const outcome = await applyStagedStaffingImport(ctx.db, {
      stagedImportId: staged.id,
      scope,
      actorId,
      at: ctx.now(),
      additionsOnly,
    });
    if (outcome.status === 'gone') {
      await ctx.reply(ctx.t('coordinatorImport.gone'));
      return;
    }
    if (outcome.status === 'changed') {
      const request = { scope: scope ?? found.payload.scope, actorId, at: ctx.now() };
      const again = await stageStaffingTable(ctx.db, request, staged.fileName, stagedInput(found.payload));
      const notice = ctx.t('coordinatorImport.changedSincePreview');
      const extra = again.stagedImportId === undefined ? { notice } : { notice, stagedImportId: again.stagedImportId };
      await ctx.updateCard(staffingImportPreviewCard(ctx.locale, previewOf(ctx, again, extra)));
      return;
    }
    await notifyStaffingChanges(ctx, outcome);
    const view = previewOf(
      ctx,
      { fileName: outcome.fileName, rowCount: found.payload.rows.length, problems: [], plan: outcome.plan },
      { state: 'applied', ...closedBy(ctx) },
    );
    await ctx.updateCard(staffingImportPreviewCard(ctx.locale, view));
  },
};
