/**
 * The query layer's own typed error. A query function that cannot do what it was asked for a reason the
 * caller may expect (a row that is not there, a rule the data breaks) throws a `QueryRefusal` naming the
 * reason; it never speaks to the user. Feature code turns the reasons it expects into a `BotError` and its
 * reply (`src/core/query-refusals.ts`); a refusal nobody expected reaches the error sink as a bug.
 */

/** Every reason a query may refuse. */
export type QueryRefusalReason =
  | 'ASSIGNMENT_NOT_FOUND'
  | 'ASSIGNMENT_CANCELLED'
  | 'ACCOUNT_TAKEN'
  | 'REGION_NOT_FOUND'
  | 'REGION_MOVE_UNSUPPORTED'
  | 'JOB_RUN_NOT_FOUND'
  | 'BAD_PHONE'
  | 'PHONE_SHARED'
  | 'OBLIGATION_NOT_FOUND'
  | 'SCOPE_MISMATCH'
  | 'SERVICE_DAY_NOT_FOUND'
  | 'CORRECTION_NOT_FOUND';

/** A query's refusal: the reason, and the values that explain it (an id, a code, a phone number). */
export class QueryRefusal extends Error {
  constructor(
    readonly reason: QueryRefusalReason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${reason} ${JSON.stringify(params)}`);
    this.name = 'QueryRefusal';
  }
}

/** Whether an error is a query's refusal, optionally for one of the given reasons. */
export function isQueryRefusal(error: unknown, ...reasons: QueryRefusalReason[]): error is QueryRefusal {
  return error instanceof QueryRefusal && (reasons.length === 0 || reasons.includes(error.reason));
}
