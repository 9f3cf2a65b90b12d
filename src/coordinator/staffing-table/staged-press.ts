import type { Context } from '../../core/context.js';
import { BotError } from '../../core/errors.js';
import type { StagedImport } from '../../generated/sqlite/client.js';
import { findStagedImport } from '../../db/queries/staged-imports.js';
import { localParts } from '../../time/local.js';
import { STAFFING_IMPORT_KIND, type StaffingImportPayload } from './dry-run.js';

/** A staged staffing import with its payload read. */
export interface StagedStaffingImport {
  staged: StagedImport;
  payload: StaffingImportPayload;
  /** Whether the presser staged it (rather than an administrator acting for them). */
  byOwner: boolean;
}

/**
 * The staged import a confirm/discard button names — re-checked on the server, never trusting the
 * button: it must exist, be a staffing import, still be STAGED, and the presser must be who staged it or
 * an administrator. Otherwise replies why (or throws FORBIDDEN) and returns null.
 */
export async function stagedImportOfPress(
  ctx: Context,
  value: Record<string, unknown>,
): Promise<StagedStaffingImport | null> {
  const id = Number(value['stagedImportId']);
  const staged = Number.isSafeInteger(id) ? await findStagedImport(ctx.db, id) : null;
  if (!staged || staged.kind !== STAFFING_IMPORT_KIND) {
    await ctx.reply(ctx.t('coordinatorImport.gone'));
    return null;
  }
  const byOwner = staged.createdById !== null && staged.createdById === ctx.actor.person?.id;
  if (!byOwner && !ctx.actor.isAdmin) throw new BotError('FORBIDDEN', 'coordinatorImport.notYours');
  if (staged.status !== 'STAGED') {
    await ctx.reply(ctx.t('coordinatorImport.gone'));
    return null;
  }
  return { staged, payload: staged.payload as unknown as StaffingImportPayload, byOwner };
}

/** When and by whom a staged import was closed, as the card shows it. */
export function closedBy(ctx: Context): { closedAt: string; closedBy: string } {
  const { date, time } = localParts(ctx.now(), ctx.timeZone);
  return { closedAt: `${date} ${time}`, closedBy: ctx.actor.person?.name ?? '—' };
}
