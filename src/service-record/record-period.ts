/**
 * The period a service record covers: one calendar year, or everything on record (`全部`). Dates are
 * local `YYYY-MM-DD` strings, compared as text like every service date.
 */
export type RecordPeriod = { kind: 'year'; year: number } | { kind: 'all' };

/** The inclusive date range of a period. */
export function periodRange(period: RecordPeriod): { from: string; to: string } {
  return period.kind === 'all'
    ? { from: '0000-01-01', to: '9999-12-31' }
    : { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
}

/** A period as a card button or link carries it: `2026` or `all`. */
export function periodKey(period: RecordPeriod): string {
  return period.kind === 'all' ? 'all' : String(period.year);
}

/** The period a key names, or undefined for anything else (a value from a card is never trusted). */
export function periodOfKey(key: unknown): RecordPeriod | undefined {
  if (key === 'all') return { kind: 'all' };
  const year = typeof key === 'string' || typeof key === 'number' ? Number(key) : NaN;
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? { kind: 'year', year } : undefined;
}

const YEAR_WORD = /^(\d{4})年?$/;
const ALL_WORDS = new Set(['全部', '所有', 'all']);

/** The period a typed word names (`2025`, `2025年`, `全部`), or undefined when it names none. */
export function periodOfWord(word: string): RecordPeriod | undefined {
  if (ALL_WORDS.has(word.toLowerCase())) return { kind: 'all' };
  const year = YEAR_WORD.exec(word)?.[1];
  return year === undefined ? undefined : periodOfKey(year);
}
