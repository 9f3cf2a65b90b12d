import type { CardActionDefinition } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { findStagedImport } from '../db/queries/staged-imports.js';
import { baseViewScope } from '../permissions/view-scope.js';
import { ROSTER_IMPORT_KIND } from '../tours/roster/apply.js';
import { confirmRosterInChat } from '../tours/roster/chat.js';

/**
 * 确认导入 on a team roster preview (annex 2): only who staged it (or an administrator) may apply it; the
 * roster is checked again against the presser's scope as it is now, then filed in one transaction.
 */
export const toursRosterConfirmAction: CardActionDefinition = {
  action: 'tours.roster.confirm',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, value) {
    const id = Number(value['stagedImportId']);
    const staged = Number.isSafeInteger(id) ? await findStagedImport(ctx.db, id) : null;
    if (!staged || staged.kind !== ROSTER_IMPORT_KIND || staged.status !== 'STAGED') {
      await ctx.reply(ctx.t('tours.roster.gone'));
      return;
    }
    const byOwner = staged.createdById !== null && staged.createdById === ctx.actor.person?.id;
    if (!byOwner && !ctx.actor.isAdmin) throw new BotError('FORBIDDEN', 'coordinatorImport.notYours');
    await confirmRosterInChat(ctx, baseViewScope(ctx.actor), staged.id);
  },
};
