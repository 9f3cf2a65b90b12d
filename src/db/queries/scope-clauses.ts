import type { ViewScope } from '../../permissions/view-scope.js';

/**
 * A `ViewScope` as conditions of one entity: the base OR'd, the narrowing AND'd (see
 * permissions/view-scope.ts). Each entity says how it names the three kinds of condition; this module
 * alone combines them, for Prisma where-clauses and SQL alike, so "in my scope" means one thing.
 */

/** How one entity names "in a region", "this recipient clinic" and "supported by these hospitals", and how conditions combine. */
export interface ScopeClauses<W> {
  region(path: string): W;
  recipient(institutionId: number): W;
  supportedBy(institutionIds: number[]): W;
  /** Any of at least one condition. */
  anyOf(conditions: W[]): W;
  /**
   * Matches no row: the base of a scope that has none. Not an empty `anyOf`: Prisma drops an empty `OR`
   * inside an `AND` (measured: `{ AND: [{ OR: [] }] }` matched every row), which would show everything.
   */
  nothing: W;
}

/** The conditions that must all hold for a row to be in the scope. */
export function scopedWhere<W>(scope: ViewScope, clauses: ScopeClauses<W>): W[] {
  const { regionPath, recipientInstitutionId, supportingInstitutionId } = scope.within;
  const narrowing: W[] = [
    ...(regionPath === undefined ? [] : [clauses.region(regionPath)]),
    ...(recipientInstitutionId === undefined ? [] : [clauses.recipient(recipientInstitutionId)]),
    ...(supportingInstitutionId === undefined ? [] : [clauses.supportedBy([supportingInstitutionId])]),
  ];
  if (scope.all) return narrowing;
  const base: W[] = [
    ...scope.regionPaths.map((path) => clauses.region(path)),
    ...(scope.supportingInstitutionIds.length > 0 ? [clauses.supportedBy(scope.supportingInstitutionIds)] : []),
  ];
  return [base.length === 0 ? clauses.nothing : clauses.anyOf(base), ...narrowing];
}

/** A Prisma condition no row meets (every model has an `id`). */
export const NO_ROW = { id: { in: [] as number[] } };

/** Prisma's `anyOf` and `nothing`, the same for every model. */
export const prismaCombinators = { anyOf: <W>(conditions: W[]) => ({ OR: conditions }) as W, nothing: NO_ROW };
