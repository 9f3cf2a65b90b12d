import type { Card } from '../src/core/card.js';
import { t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';

/** One clinic region's spot checks of a month. */
export interface SpotCheckRegionRow {
  regionPath: string;
  region: string;
  checks: number;
  /** Checks that found the physician 在岗. */
  onDuty: number;
  /** Service days a failed check made 有异议. */
  disputed: number;
  /** Failed checks whose day is still 有异议, or that found no recorded day. */
  open: number;
}

/** One check of the month as listed under the table, with the inspector's position evidence. */
export interface SpotCheckLine {
  date: string;
  clinic: string;
  /** The outcome's word, already in the locale. */
  outcome: string;
  /** `附位置：…` or `附位置：无`, already in the locale. */
  evidence: string;
}

/**
 * `/抽查 结果`: checks done per region, 在岗 n/m, days made 有异议, follow-ups open; then each check with
 * its evidence.
 */
export function spotCheckResultsCard(
  locale: Locale,
  month: string,
  rows: readonly SpotCheckRegionRow[],
  checks: readonly SpotCheckLine[] = [],
): Card {
  return {
    title: t(locale, 'spotCheck.results.title'),
    subtitle: month,
    tone: 'blue',
    elements:
      rows.length === 0
        ? [{ kind: 'markdown', text: t(locale, 'spotCheck.results.none', { month }) }]
        : [
            {
              kind: 'table',
              columns: [
                { key: 'region', label: t(locale, 'spotCheck.results.region') },
                { key: 'checks', label: t(locale, 'spotCheck.results.checks'), align: 'right' },
                { key: 'onDuty', label: t(locale, 'spotCheck.results.onDuty'), align: 'right' },
                { key: 'disputed', label: t(locale, 'spotCheck.results.disputed'), align: 'right' },
                { key: 'open', label: t(locale, 'spotCheck.results.open'), align: 'right' },
              ],
              rows: rows.map((row) => ({
                region: row.region,
                checks: row.checks,
                onDuty: `${row.onDuty}/${row.checks}`,
                disputed: row.disputed,
                open: row.open,
              })),
            },
            ...checks.map((check) => ({
              kind: 'markdown' as const,
              text: t(locale, 'spotCheck.results.check', { ...check }),
            })),
          ],
  };
}
