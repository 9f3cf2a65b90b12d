import { sumSurveyFigures, type SurveyFigures } from '../coordinator/workload-figures.js';
import type { StoredSurveySample } from '../db/queries/survey.js';
import type { SurveyCallResultKind, SurveyContactReply } from '../domain/survey-result.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import { localParts } from '../time/local.js';

/** One sampled day as cards and the export show it: no resident's data, only the day and the answers. */
export interface SurveyItemView {
  itemId: number;
  position: number;
  date: string;
  clinic: string;
  physician: string;
  /** The clinic head's answer in words (已提供 / 当日无登记 / 未答复). */
  contact: string;
  /** The clinic head's answer, null while outstanding. */
  contactReply: SurveyContactReply | null;
  /** The latest call result's kind, or null when not called. */
  resultKind: SurveyCallResultKind | null;
  /** The latest call result in words (未拨打 when none). */
  result: string;
  note: string;
  /** How many results were recorded (a correction adds one). */
  records: number;
  /** The earlier results, oldest first, in words (`2026-12-03 10:20 未接通`). */
  history: string[];
}

/** A sample as the survey's cards and export show it. */
export interface SurveyView {
  year: string;
  seed: string;
  drawnOn: string;
  size: number;
  items: SurveyItemView[];
  figures: SurveyFigures;
  counts: Record<SurveyCallResultKind, number>;
}

/**
 * The view of a stored sample: each item's latest result (the catalogue's figures are folded from those
 * alone), its history and the clinic head's answer, named in `locale`.
 */
export function surveyView(
  locale: Locale,
  timeZone: string,
  sample: StoredSurveySample,
  names: ReadonlyMap<number, { clinic: string; physician: string }>,
): SurveyView {
  const stamp = (at: Date) => {
    const parts = localParts(at, timeZone);
    return `${parts.date} ${parts.time}`;
  };
  const counts: Record<SurveyCallResultKind, number> = {
    SATISFIED: 0,
    FAIRLY_SATISFIED: 0,
    DISSATISFIED: 0,
    NO_ANSWER: 0,
  };
  const items = sample.items.map((item): SurveyItemView => {
    const latest = item.calls.at(-1);
    const resultKind = (latest?.result ?? null) as SurveyCallResultKind | null;
    if (resultKind) counts[resultKind] += 1;
    const name = names.get(item.serviceDayId);
    return {
      itemId: item.id,
      position: item.position,
      date: item.serviceDate,
      clinic: name?.clinic ?? '',
      physician: name?.physician ?? '',
      contact: t(locale, `survey.contactReply.${item.contactReply ?? 'none'}`),
      contactReply: item.contactReply as SurveyContactReply | null,
      resultKind,
      result: t(locale, `survey.result.${resultKind ?? 'none'}`),
      note: latest?.note ?? '',
      records: item.calls.length,
      history: item.calls.slice(0, -1).map((call) =>
        t(locale, 'survey.form.historyEntry', {
          at: stamp(call.at),
          result: t(locale, `survey.result.${call.result}`),
        }),
      ),
    };
  });
  const latest = items.flatMap((item) => (item.resultKind ? [item.resultKind] : []));
  return {
    year: sample.year,
    seed: sample.seed,
    drawnOn: localParts(sample.at, timeZone).date,
    size: sample.items.length,
    items,
    figures: sumSurveyFigures(latest),
    counts,
  };
}
