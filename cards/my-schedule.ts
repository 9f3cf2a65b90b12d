import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { escapeCardMarkdown, joinMarkdown, t, trustedMarkdown } from '../src/core/card-text.js';

/** One assignment as the schedule shows it. */
export interface ScheduleEntry {
  clinic: string;
  address: string;
  startDate: string;
  endDate: string;
  /** Planned dates still to come in the period shown, ascending. */
  plannedDates: string[];
}

/** What `/排班` shows: the period, today and the assignments in it. */
export interface MyScheduleData {
  from: string;
  to: string;
  today: string;
  tomorrow: string;
  entries: ScheduleEntry[];
}

/** The physician's upcoming assignments with their planned dates, today and tomorrow marked. */
export function myScheduleCard(locale: Locale, data: MyScheduleData): Card {
  const dateText = (date: string): string => {
    const short = date.slice(5);
    if (date === data.today) return t(locale, 'physician.schedule.today', { date: short });
    if (date === data.tomorrow) return t(locale, 'physician.schedule.tomorrow', { date: short });
    return short;
  };
  const blocks = data.entries.flatMap((entry, index): CardElement[] => {
    const lines = [
      trustedMarkdown(`**${escapeCardMarkdown(entry.clinic)}**`),
      t(locale, 'physician.schedule.period', { start: entry.startDate, end: entry.endDate }),
      ...(entry.address ? [t(locale, 'physician.schedule.address', { address: entry.address })] : []),
      entry.plannedDates.length > 0
        ? t(locale, 'physician.schedule.planned', { dates: entry.plannedDates.map(dateText).join('、') })
        : t(locale, 'physician.schedule.noPlanned'),
    ];
    return [
      ...(index > 0 ? [{ kind: 'divider' } as const] : []),
      { kind: 'markdown', text: joinMarkdown(lines, '\n') },
    ];
  });
  return {
    title: t(locale, 'physician.schedule.title'),
    subtitle: t(locale, 'physician.schedule.subtitle', { from: data.from, to: data.to }),
    tone: 'blue',
    elements: blocks,
  };
}
