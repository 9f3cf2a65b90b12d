/**
 * What a summary card remembers in its buttons: the month, the program and the chain of scope names the
 * caller narrowed to (typed, then drilled into). Buttons carry names, never ids or paths, because the
 * actions resolve them again exactly like typed arguments — for the actor who clicks, with their scope.
 */

/** The state of one summary card. */
export interface SummaryState {
  /** `YYYY-MM`. */
  month: string;
  /** Program code, when the card is about one program. */
  program?: string;
  /** Scope names, outermost first (`漳平市`, then `漳平市医院`); empty means the caller's whole scope. */
  scopes: string[];
  /**
   * How many of `scopes` the card was opened with (typed: `/汇总 漳平市` is 1): the top of its drill-down,
   * which offers no 返回上一级. Absent means 0.
   */
  top?: number;
}

/** Separates scope names in a button value; no region or institution name contains it. */
const SCOPE_SEPARATOR = '|';

/** A card-button value for the state at a page (1-based). */
export function summaryButtonValue(state: SummaryState, page: number): Record<string, string | number> {
  return {
    month: state.month,
    ...(state.program === undefined ? {} : { program: state.program }),
    scope: state.scopes.join(SCOPE_SEPARATOR),
    ...(state.top ? { top: state.top } : {}),
    page,
  };
}

/**
 * The state and page a button value claims. Nothing here is trusted: wrong types become empty, and the
 * names are checked against the clicking actor's scope by the caller.
 */
export function parseSummaryButtonValue(value: Record<string, unknown>): { state: SummaryState; page: number } {
  const text = (field: unknown): string => (typeof field === 'string' ? field.trim() : '');
  const program = text(value.program);
  const page = Number(value.page);
  const scopes = text(value.scope)
    .split(SCOPE_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const top = Number(value.top);
  return {
    state: {
      month: text(value.month),
      ...(program === '' ? {} : { program }),
      scopes,
      ...(Number.isInteger(top) && top > 0 ? { top: Math.min(top, scopes.length) } : {}),
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}
