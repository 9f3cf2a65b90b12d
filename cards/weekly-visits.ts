import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';
import type { PhysicianView } from './person-fields.js';

/** One planned visit as residents read it: who comes, and where. No phone numbers: the card is forwarded. */
export interface WeeklyVisit {
  physician: PhysicianView;
  clinic: string;
  address: string;
}

/** The week's visits at a clinic or in a region, by day. */
export interface WeeklyVisitsView {
  /** The clinic or region the group subscribed to. */
  place: string;
  /** Monday and Sunday of the week, `YYYY-MM-DD`. */
  monday: string;
  sunday: string;
  /** Days with visits, in date order. */
  days: { date: string; visits: WeeklyVisit[] }[];
}

/** Visits listed in full; more would not fit Feishu's 30 KB, and no clinic gets this many in a week. */
const LISTED = 60;

/**
 * The weekly schedule card for a group, written for residents ("本周专家坐诊安排", "欢迎辖区居民前来就诊"):
 * one table per day with the physician's name, title, specialty, home hospital and where they see
 * patients. A week without visits says so (the card is still sent, so later plans can update it).
 */
export function weeklyVisitsCard(locale: Locale, view: WeeklyVisitsView): Card {
  const range = { from: shortDate(locale, view.monday), to: shortDate(locale, view.sunday), place: view.place };
  const total = view.days.reduce((sum, day) => sum + day.visits.length, 0);
  const intro = t(locale, total === 0 ? 'scheduler.broadcast.week.none' : 'scheduler.broadcast.week.intro', range);
  let budget = LISTED;
  const dayBlocks = view.days.flatMap((day) => {
    const shown = day.visits.slice(0, Math.max(budget, 0));
    budget -= shown.length;
    return shown.length === 0 ? [] : dayElements(locale, day.date, shown);
  });
  const more = total - LISTED;
  return {
    title: t(locale, 'scheduler.broadcast.week.title'),
    subtitle: `${view.place} · ${view.monday} ~ ${view.sunday}`,
    tone: 'green',
    elements: [
      { kind: 'markdown', text: intro },
      ...dayBlocks,
      ...(more > 0
        ? [{ kind: 'note' as const, text: t(locale, 'scheduler.broadcast.week.more', { count: more }) }]
        : []),
      { kind: 'note', text: t(locale, 'scheduler.broadcast.week.footer') },
    ],
  };
}

function dayElements(locale: Locale, date: string, visits: readonly WeeklyVisit[]): CardElement[] {
  const none = t(locale, 'physician.oversight.none');
  const heading = t(locale, 'scheduler.broadcast.week.day', {
    date: shortDate(locale, date),
    weekday: weekday(locale, date),
  });
  return [
    { kind: 'markdown', text: heading },
    {
      kind: 'table',
      columns: [
        { key: 'name', label: t(locale, 'scheduler.broadcast.week.physician') },
        { key: 'title', label: t(locale, 'scheduler.broadcast.week.title.column') },
        { key: 'specialty', label: t(locale, 'scheduler.broadcast.week.specialty') },
        { key: 'home', label: t(locale, 'scheduler.broadcast.week.from') },
        { key: 'place', label: t(locale, 'scheduler.broadcast.week.place') },
      ],
      rows: visits.map((v) => ({
        name: v.physician.name,
        title: v.physician.title ?? none,
        specialty: v.physician.specialty ?? none,
        home: v.physician.home ?? none,
        place: v.address ? `${v.clinic}（${v.address}）` : v.clinic,
      })),
    },
  ];
}

/** `11月23日` / `Nov 23`: residents read dates, not ISO strings. */
function shortDate(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(utc(date));
}

/** `星期一` / `Monday`. */
function weekday(locale: Locale, date: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(utc(date));
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}
