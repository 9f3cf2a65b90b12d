import { staffingImportPreviewCard } from '../../cards/staffing-import-preview.js';
import { BotError } from '../core/errors.js';
import type { EventHandlerDefinition } from '../core/handler-definitions.js';
import { stageStaffingTable } from '../coordinator/staffing-table/dry-run.js';
import { parseStaffingFile, staffingFileType } from '../coordinator/staffing-table/parse.js';
import { previewOf } from '../coordinator/staffing-table/preview.js';
import { baseViewScope, isEmptyViewScope } from '../permissions/view-scope.js';

/** Largest file taken (a staffing table of thousands of rows is far smaller). */
const MAX_FILE_MB = 5;
/** From this many rows the coordinator is told the check is under way before the preview. */
const PROGRESS_FROM_ROWS = 200;

/**
 * A staffing table (支援人员安排情况表) sent as a file (.xlsx or UTF-8 .csv) by a coordinator: it is read,
 * checked and planned, and the preview card lists what would be added, changed and cancelled, or every
 * bad row. Nothing changes until the preview's confirm button (`import.confirm`).
 */
export const staffingImportHandler: EventHandlerDefinition<'file'> = {
  name: 'staffing-import',
  audience: ['REGISTERED'],
  async run(ctx, body) {
    const scope = baseViewScope(ctx.actor);
    if (isEmptyViewScope(scope)) {
      await ctx.reply(ctx.t('coordinatorImport.notCoordinator'));
      return;
    }
    const { fileName } = body;
    if (!staffingFileType(fileName)) throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.fileType', { fileName });
    checkSize(fileName, body.sizeBytes);
    const data = await ctx.downloadFile(body.fileKey);
    checkSize(fileName, data.length);
    const rows = await parseStaffingFile(fileName, data);
    if (rows.length > PROGRESS_FROM_ROWS) {
      await ctx.reply(ctx.t('coordinatorImport.checking', { fileName, rows: rows.length }));
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
      rows,
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

function checkSize(fileName: string, sizeBytes: number | undefined): void {
  if (sizeBytes === undefined || sizeBytes <= MAX_FILE_MB * 1024 * 1024) return;
  const sizeMb = (sizeBytes / 1024 / 1024).toFixed(1);
  throw new BotError('BAD_ARGUMENTS', 'coordinatorImport.tooLarge', { fileName, sizeMb, maxMb: MAX_FILE_MB });
}
