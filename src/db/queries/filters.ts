import { monthRange } from '../../time/local.js';

/**
 * Where-clause pieces shared by the query files, so "in a region subtree" and "in a month" mean the same
 * thing everywhere.
 */

/** Matches a materialized region path (`/35/3508/`) and everything below it. */
export function underRegionPath(pathPrefix: string): { startsWith: string } {
  return { startsWith: pathPrefix };
}

/** Matches local dates (`YYYY-MM-DD`) within a month `YYYY-MM`, both ends included. */
export function datesInMonth(month: string): { gte: string; lte: string } {
  const { first, last } = monthRange(month);
  return { gte: first, lte: last };
}

/** Matches date ranges [start, end] that overlap [from, to]: start ≤ to and end ≥ from. */
export function overlapping(from: string, to: string): { startDate: { lte: string }; endDate: { gte: string } } {
  return { startDate: { lte: to }, endDate: { gte: from } };
}

/** LIKE's wildcards and its escape character: typed by a user they are characters, never patterns. */
const LIKE_SPECIAL = /[%_\\]/;

/**
 * A `contains` filter that can be trusted only as a prefilter for text a user typed: Prisma's `contains`
 * passes `%` and `_` to LIKE as wildcards (SQLite has no default escape character), so the database is
 * asked for the longest stretch of `text` without them, and the caller keeps only rows that really
 * contain `text`. Undefined when `text` has no such stretch: nothing can match.
 */
export function literalContainsPrefilter(text: string): { contains: string } | undefined {
  const [longest = ''] = text.split(LIKE_SPECIAL).sort((a, b) => b.length - a.length);
  return longest === '' ? undefined : { contains: longest };
}
