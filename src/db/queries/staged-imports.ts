import type { Platform, Prisma, StagedImport } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';

/**
 * Imports checked in a dry run and waiting for their confirmation. A staged import is applied at most
 * once: `claimStagedImport` moves it out of STAGED conditionally, so two presses cannot both apply it.
 */

/** What `stageImport` writes. */
export interface StagedImportInput {
  kind: string;
  createdById: number | null;
  platform?: Platform;
  chatId?: string;
  fileName: string;
  payload: Prisma.InputJsonValue;
  at: Date;
}

/** Records a dry run waiting for its confirmation. */
export function stageImport(db: DbOrTx, input: StagedImportInput): Promise<StagedImport> {
  const { at, ...fields } = input;
  return db.stagedImport.create({ data: { ...fields, createdAt: at } });
}

/** The staged import with an id, whatever its status, or null. */
export function findStagedImport(db: DbOrTx, id: number): Promise<StagedImport | null> {
  return db.stagedImport.findUnique({ where: { id } });
}

/**
 * Marks a STAGED import APPLIED (by `actorId`) or DISCARDED/EXPIRED; false when it is no longer STAGED
 * (applied or discarded already), in which case nothing changed.
 */
export async function closeStagedImport(
  db: DbOrTx,
  id: number,
  outcome: { status: 'APPLIED' | 'DISCARDED' | 'EXPIRED'; actorId: number | null; at: Date },
): Promise<boolean> {
  const { status, actorId, at } = outcome;
  const { count } = await db.stagedImport.updateMany({
    where: { id, status: 'STAGED' },
    data: status === 'APPLIED' ? { status, appliedAt: at, appliedById: actorId } : { status, closedAt: at },
  });
  return count === 1;
}
