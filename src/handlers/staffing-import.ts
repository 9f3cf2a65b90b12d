import { staffingImportPreviewCard } from '../../cards/staffing-import-preview.js';
import { BotError } from '../core/errors.js';
import type { EventHandlerDefinition } from '../core/handler-definitions.js';
import { stageStaffingTable, staffingInput } from '../coordinator/staffing-table/dry-run.js';
import { isTableFileName } from '../coordinator/staffing-table/parse.js';
import { previewOf } from '../coordinator/staffing-table/preview.js';
import { baseViewScope, isEmptyViewScope } from '../permissions/view-scope.js';
import { checkTableSize } from '../table-reader/read-table.js';
import { teamsLedBy } from '../permissions/tours.js';
import { previewPlanInChat } from '../tours/plan-file/chat.js';
import { previewRosterInChat } from '../tours/roster/chat.js';
import { readImportedTable } from '../tours/roster/recognize.js';

/** From this many rows the coordinator is told the check is under way before the preview. */
const PROGRESS_FROM_ROWS = 200;

/**
 * A staffing table (支援人员安排情况表) sent as a file (.xlsx, or .csv in UTF-8 or GBK) by a coordinator:
 * it is read by the tolerant table reader, checked and planned, and the preview card says what would be
 * added, changed and cancelled and why, or lists every bad row. An old .xls/.et is answered with a
 * request for .xlsx. Nothing changes until the preview's confirm button (`import.confirm`). A team roster
 * (seed 004 annex 2, recognised by its header) gets its own preview (`tours.roster.confirm`), and so does a
 * team leader's tour plan (日期, 地点: `tours.plan.confirm`).
 */
export const staffingImportHandler: EventHandlerDefinition<'file'> = {
  name: 'staffing-import',
  audience: ['REGISTERED'],
  async run(ctx, body) {
    const scope = baseViewScope(ctx.actor);
    // A team leader who coordinates nothing may still send one file: the team's plan.
    const leader = teamsLedBy(ctx.actor).length > 0;
    if (isEmptyViewScope(scope) && !leader) {
      await ctx.reply(ctx.t('coordinatorImport.notCoordinator'));
      return;
    }
    const { fileName } = body;
    if (!isTableFileName(fileName)) throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.fileType', { fileName });
    checkTableSize(fileName, body.sizeBytes);
    const data = await ctx.downloadFile(body.fileKey);
    const table = await readImportedTable(fileName, data);
    if (table.kind === 'plan') {
      await previewPlanInChat(ctx, table.read);
      return;
    }
    if (isEmptyViewScope(scope)) {
      await ctx.reply(ctx.t('coordinatorImport.notCoordinator'));
      return;
    }
    if (table.kind === 'roster') {
      await previewRosterInChat(ctx, scope, table.read);
      return;
    }
    const input = await staffingInput(ctx.db, scope, table.read);
    if (input.rows.length > PROGRESS_FROM_ROWS) {
      await ctx.reply(ctx.t('coordinatorImport.checking', { fileName, rows: input.rows.length }));
    }
    const dryRun = await stageStaffingTable(
      ctx.db,
      {
        scope,
        actorId: ctx.actor.person?.id ?? null,
        platform: ctx.event.platform,
        chatId: ctx.event.chat.id,
        at: ctx.now(),
      },
      fileName,
      input,
    );
    const stagedImportId = dryRun.stagedImportId;
    await ctx.replyCard(
      staffingImportPreviewCard(
        ctx.locale,
        previewOf(ctx, dryRun, stagedImportId === undefined ? {} : { stagedImportId }),
      ),
    );
  },
};
