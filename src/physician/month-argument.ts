import { isMonth } from '../time/local.js';

const MONTH = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/**
 * A month as typed (`2026-10`, `2026-9`, `2026/10`, `2026年10月`) as `YYYY-MM`, or undefined when it is
 * not one.
 */
export function parseMonthArgument(text: string): string | undefined {
  const match = MONTH.exec(text.trim());
  if (!match) return undefined;
  const month = `${match[1]}-${(match[2] ?? '').padStart(2, '0')}`;
  return isMonth(month) ? month : undefined;
}
