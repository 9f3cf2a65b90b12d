import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import { monthRange } from '../time/local.js';

/**
 * The period a card's figures count, named on every card that shows figures (ARCHITECTURE.md "Figures"):
 * a month (up to today while it runs), the program to date, or a date range.
 */
export type FigurePeriod =
  | { kind: 'month'; month: string }
  | { kind: 'monthToDate'; month: string; to: string }
  | { kind: 'programToDate'; from: string; to: string }
  | { kind: 'range'; from: string; to: string };

/** A month as of `today`: the whole month once it is over, up to today while it runs. */
export function monthPeriod(month: string, today: string): FigurePeriod {
  const { first, last } = monthRange(month);
  return today >= first && today < last ? { kind: 'monthToDate', month, to: today } : { kind: 'month', month };
}

/** The period in words: `统计期：2026-11`, `统计期：项目开始至今（2026-01-01 至 2026-11-22）`. */
export function periodText(locale: Locale, period: FigurePeriod): string {
  switch (period.kind) {
    case 'month':
      return t(locale, 'figure.period.month', { month: period.month });
    case 'monthToDate':
      return t(locale, 'figure.period.monthToDate', { month: period.month, to: period.to });
    case 'programToDate':
      return t(locale, 'figure.period.programToDate', { from: period.from, to: period.to });
    case 'range':
      return t(locale, 'figure.period.range', { from: period.from, to: period.to });
  }
}
