import type { Context } from '../core/context.js';
import { figureLabel } from '../coordinator/workload-figures.js';
import { listRecordDays, personNamesById, type RecordDayRow } from '../db/queries/service-record.js';
import { WORK_LOG_METRICS } from '../domain/work-log.js';
import { term } from '../i18n/locale.js';
import { EVIDENCE_TERMS, type EvidenceStrength } from '../physician/evidence.js';
import { confirmationOf, spotCheckOf, type SpotCheckState } from '../records/service-day-state.js';
import { spotCheckWord } from '../spot-check/spot-check-word.js';
import { localParts } from '../time/local.js';
import type { ServiceRecordView } from './record-view.js';

/**
 * The record's days as lines of text, one per service day, for the workbook and the printable page:
 * what a reader needs to check each day. Times are local (`BOT_TIMEZONE`); the evidence word is the
 * day's strength (src/physician/evidence.ts), its state the state model's.
 */
export interface RecordDayLine {
  date: string;
  clinic: string;
  program: string;
  checkIn: string;
  checkOut: string;
  evidence: string;
  distance: string;
  confirmation: string;
  /** 已抽查 / 抽查不符, blank when never spot-checked. */
  spotCheck: string;
  correction: string;
  work: string;
}

type LineContext = Pick<Context, 'db' | 'locale' | 't' | 'timeZone'>;

/** The lines of a record view's days, by date. */
export async function recordDayLines(ctx: LineContext, view: ServiceRecordView): Promise<RecordDayLine[]> {
  const first = view.facts[0]?.serviceDate;
  const last = view.facts.at(-1)?.serviceDate;
  if (first === undefined || last === undefined) return [];
  const rows = await listRecordDays(ctx.db, { physicianId: view.physician.id, from: first, to: last });
  const names = await personNamesById(
    ctx.db,
    rows.flatMap((row) => [row.confirmations[0]?.byId, row.correction?.decidedById ?? undefined]).filter(isNumber),
  );
  const facts = new Map(view.facts.map((fact) => [fact.serviceDayId, fact]));
  return rows.flatMap((row) => {
    const fact = facts.get(row.id);
    return fact ? [lineOf(ctx, row, fact.evidence, confirmationOf(fact.record), spotCheckOf(fact.record), names)] : [];
  });
}

function isNumber(value: number | undefined): value is number {
  return value !== undefined;
}

function lineOf(
  ctx: LineContext,
  row: RecordDayRow,
  evidence: EvidenceStrength,
  confirmation: ReturnType<typeof confirmationOf>,
  spotCheck: SpotCheckState,
  names: Map<number, string>,
): RecordDayLine {
  const at = (instant: Date | null | undefined) => {
    if (!instant) return '';
    const parts = localParts(instant, ctx.timeZone);
    return parts.date === row.serviceDate ? parts.time : `${parts.date} ${parts.time}`;
  };
  const verdict = row.confirmations[0];
  const distance = row.readings[0]?.distanceM ?? row.checkInDistanceM ?? row.locationVerifiedDistanceM ?? null;
  const correction = row.correction;
  return {
    date: row.serviceDate,
    clinic: row.institution.name,
    program: row.program.name,
    checkIn: correction ? '' : at(row.checkInAt),
    checkOut: correction ? '' : at(row.checkOutAt),
    evidence: correction ? term(ctx.locale, 'stateCorrected') : term(ctx.locale, EVIDENCE_TERMS[evidence]),
    distance: distance === null ? '' : ctx.t('serviceRecord.metres', { metres: Math.round(distance) }),
    confirmation: verdict
      ? ctx.t('serviceRecord.verdict', {
          state: term(ctx.locale, verdict.status === 'DISPUTED' ? 'disputed' : 'confirmed'),
          by: names.get(verdict.byId) ?? '',
          at: `${localParts(verdict.at, ctx.timeZone).date} ${localParts(verdict.at, ctx.timeZone).time}`,
        })
      : term(ctx.locale, confirmation === 'NOT_OWED' ? 'confirmationNotOwed' : 'unconfirmed'),
    spotCheck: spotCheckWord(ctx.locale, spotCheck),
    correction: correction
      ? ctx.t('serviceRecord.correction', {
          reason: correction.reason,
          by: correction.decidedById === null ? '' : (names.get(correction.decidedById) ?? ''),
          at: correction.decidedAt ? localParts(correction.decidedAt, ctx.timeZone).date : '',
        })
      : '',
    work: row.workLog
      ? WORK_LOG_METRICS.filter((metric) => (row.workLog?.[metric] ?? 0) > 0)
          .map((metric) => `${figureLabel(ctx.locale, metric)} ${row.workLog?.[metric] ?? 0}`)
          .join('、')
      : '',
  };
}
