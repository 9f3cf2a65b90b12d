/** One planned visit in a spot-check draw, with what weighed on it (its recent weak evidence). */
export interface SampledVisit {
  plannedDateId: number;
  physicianId: number;
  physician: string;
  clinic: string;
  date: string;
  weight: number;
  unverified: number;
  unsigned: number;
  corrected: number;
  disputed: number;
}

const NUMBER_FIELDS = [
  'plannedDateId',
  'physicianId',
  'weight',
  'unverified',
  'unsigned',
  'corrected',
  'disputed',
] as const;
const TEXT_FIELDS = ['physician', 'clinic', 'date'] as const;

function isSampledVisit(raw: unknown): raw is SampledVisit {
  if (typeof raw !== 'object' || raw === null) return false;
  const entry = raw as Record<string, unknown>;
  return (
    NUMBER_FIELDS.every((field) => typeof entry[field] === 'number') &&
    TEXT_FIELDS.every((field) => typeof entry[field] === 'string')
  );
}

/**
 * The sample a draw's audit entry kept (`details.sample`), so its card can be drawn again as outcomes are
 * recorded; null when the entry has none in this shape (a draw made before it was kept).
 */
export function sampleOfDrawDetails(details: unknown): SampledVisit[] | null {
  const sample = (details as { sample?: unknown } | null)?.sample;
  return Array.isArray(sample) && sample.every(isSampledVisit) ? sample : null;
}
