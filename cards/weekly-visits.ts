import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { joinMarkdown, t, type Markdown } from '../src/core/card-text.js';
import type { PhysicianView } from './person-fields.js';

/** One planned visit as residents read it: who comes, and where. No phone numbers: the card is forwarded. */
export interface WeeklyVisit {
  physician: PhysicianView;
  clinic: string;
  address: string;
}

/** A tour's day (a provincial team or a mobile hospital): one line for the whole team, not one per member. */
export interface WeeklyTourDay {
  date: string;
  /** Who comes, as residents know them: `福建省儿童医院 省级医疗队`, or the mobile hospital with its vehicle. */
  team: string;
  place: string;
  /** What the team does there (义诊, 查房…), as the leader planned it; may be empty. */
  activity: string;
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
  /** The tours' days of the week in date order, above the table of single physicians' visits. */
  tours?: WeeklyTourDay[];
}

/** Visits listed in full; more would not fit Feishu's 30 KB, and no clinic gets this many in a week. */
const LISTED = 60;
/** Rows a page of the table shows (Feishu pages 1–10). */
const VISITS_PAGE_SIZE = 10;

/**
 * The weekly schedule card for a group, written for residents ("本周专家坐诊安排", "欢迎辖区居民前来就诊"):
 * one table of the week's visits by day with the physician's name, title, specialty, home hospital and
 * where they see patients. A week without visits says so (the card is still sent, so later plans can update it).
 */
export function weeklyVisitsCard(locale: Locale, view: WeeklyVisitsView): Card {
  const range = { from: shortDate(locale, view.monday), to: shortDate(locale, view.sunday), place: view.place };
  const total = view.days.reduce((sum, day) => sum + day.visits.length, 0);
  const tours = view.tours ?? [];
  const intro = t(
    locale,
    total + tours.length === 0 ? 'scheduler.broadcast.week.none' : 'scheduler.broadcast.week.intro',
    range,
  );
  const visits = view.days.flatMap((day) => day.visits.map((visit) => ({ date: day.date, visit })));
  const listed = visits.slice(0, LISTED);
  const more = total - LISTED;
  return {
    title: t(locale, 'scheduler.broadcast.week.title'),
    subtitle: `${view.place} · ${view.monday} ~ ${view.sunday}`,
    tone: 'green',
    elements: [
      { kind: 'markdown', text: intro },
      ...(tours.length === 0 ? [] : [{ kind: 'markdown' as const, text: tourLines(locale, tours) }]),
      ...(listed.length === 0 ? [] : [visitsTable(locale, listed)]),
      ...(more > 0
        ? [{ kind: 'note' as const, text: t(locale, 'scheduler.broadcast.week.more', { count: more }) }]
        : []),
      { kind: 'note', text: t(locale, 'scheduler.broadcast.week.footer') },
    ],
  };
}

/** `星期三（11月25日）福建省儿童医院 省级医疗队 在 连江东岭镇卫生院 义诊`, one line a team and day. */
function tourLines(locale: Locale, tours: readonly WeeklyTourDay[]): Markdown {
  const lines = tours.map((tour) =>
    t(locale, 'scheduler.broadcast.week.tourLine', {
      weekday: weekday(locale, tour.date),
      date: shortDate(locale, tour.date),
      team: tour.team,
      place: tour.place,
      activity: tour.activity,
    }),
  );
  return joinMarkdown([t(locale, 'scheduler.broadcast.week.tours'), ...lines], '\n');
}

/** Every visit of the week in one table, by day: a card holds at most five tables (Feishu). */
function visitsTable(locale: Locale, visits: readonly { date: string; visit: WeeklyVisit }[]): CardElement {
  const none = t(locale, 'physician.oversight.none');
  return {
    kind: 'table',
    columns: [
      { key: 'day', label: t(locale, 'scheduler.broadcast.week.dayColumn') },
      { key: 'name', label: t(locale, 'scheduler.broadcast.week.physician') },
      { key: 'title', label: t(locale, 'scheduler.broadcast.week.title.column') },
      { key: 'specialty', label: t(locale, 'scheduler.broadcast.week.specialty') },
      { key: 'home', label: t(locale, 'scheduler.broadcast.week.from') },
      { key: 'place', label: t(locale, 'scheduler.broadcast.week.place') },
    ],
    rows: visits.map(({ date, visit: v }) => ({
      day: t(locale, 'scheduler.broadcast.week.dayCell', {
        date: shortDate(locale, date),
        weekday: weekday(locale, date),
      }),
      name: v.physician.name,
      title: v.physician.title ?? none,
      specialty: v.physician.specialty ?? none,
      home: v.physician.home ?? none,
      place: v.address ? `${v.clinic}（${v.address}）` : v.clinic,
    })),
    pageSize: VISITS_PAGE_SIZE,
  };
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
