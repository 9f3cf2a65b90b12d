import type { Metric, ScopeTarget } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { unlessDuplicate } from './transaction.js';

/**
 * The targets of a level below the program (a region or a supporting hospital), set or apportioned by a
 * coordinator with `/目标`. One row per program, metric, due date and level (`scopeKey`), enforced by a
 * unique index, so two coordinators setting the same target at once end with one row.
 */

/** The level a target belongs to. */
export type TargetPlace = { regionId: number } | { institutionId: number };

/** The key of a level: `region:<id>` or `institution:<id>`. */
export function scopeKeyOf(place: TargetPlace): string {
  return 'regionId' in place ? `region:${place.regionId}` : `institution:${place.institutionId}`;
}

/** What `/目标` writes. */
export interface ScopeTargetInput {
  programId: number;
  metric: Metric;
  value: number;
  dueDate: string;
  place: TargetPlace;
  setById: number | null;
  at: Date;
}

/**
 * Sets a level's target: creates it, or replaces the value of the one with the same key. Returns the row
 * and the value it replaced (null when new). A concurrent first write loses the insert to the unique
 * index and then updates the winner's row.
 */
export async function setScopeTarget(
  db: DbOrTx,
  input: ScopeTargetInput,
): Promise<{ target: ScopeTarget; previous: number | null }> {
  const key = {
    programId: input.programId,
    metric: input.metric,
    dueDate: input.dueDate,
    scopeKey: scopeKeyOf(input.place),
  };
  const values = { value: input.value, setById: input.setById, setAt: input.at };
  const where = { programId_metric_dueDate_scopeKey: key };
  let existing = await db.scopeTarget.findUnique({ where });
  if (existing === null) {
    const created = await unlessDuplicate(db, (tx) =>
      tx.scopeTarget.create({
        data: {
          ...key,
          ...values,
          regionId: 'regionId' in input.place ? input.place.regionId : null,
          institutionId: 'institutionId' in input.place ? input.place.institutionId : null,
        },
      }),
    );
    if (created) return { target: created, previous: null };
    // Another write created it first: replace theirs.
    existing = await db.scopeTarget.findUnique({ where });
  }
  const target = await db.scopeTarget.update({ where, data: values });
  return { target, previous: existing?.value ?? null };
}

/** The targets of some levels of a program, by due date then id. */
export function listScopeTargets(
  db: DbOrTx,
  programId: number,
  places: readonly TargetPlace[],
): Promise<ScopeTarget[]> {
  if (places.length === 0) return Promise.resolve([]);
  return db.scopeTarget.findMany({
    where: { programId, scopeKey: { in: places.map(scopeKeyOf) } },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
}

/** Whether any level below the program has a target of its own (set with `/目标`). */
export async function programHasScopeTargets(db: DbOrTx, programId: number): Promise<boolean> {
  return (await db.scopeTarget.count({ where: { programId } })) > 0;
}
