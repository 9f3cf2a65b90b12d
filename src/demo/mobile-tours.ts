import type { Title } from '../generated/sqlite/enums.js';
import { addDays, datesBetween } from '../time/local.js';
import { demoOpenId, demoPhone } from './people.js';
import { PROVINCIAL_HOSPITALS } from './institutions.js';
import { placeCodes, type DemoTourTeam } from './tours.js';

/**
 * The demo's mobile-hospital program (seed 000: "移动医院"巡诊, at least twice a year): one hospital's two
 * tours in one county it also tours with its provincial team — the first held the week before last, the
 * second on the road today — so `/巡回` shows its mobile section at 2/2 right after `npm run seed:demo`.
 * Deterministic for a given today.
 */

/** The demo mobile-hospital program with its tours. */
export interface DemoMobileProgram {
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  settings: { tour: { rosterDue: string; planDue: string; summaryDue: string } };
  tours: DemoTourTeam[];
}

const HOSPITAL = PROVINCIAL_HOSPITALS.find((hospital) => hospital.key === 'fj_provincial') ?? PROVINCIAL_HOSPITALS[0];
const CREW: readonly (readonly [string, string, string, Title])[] = [
  ['方志远', '队长/主任医师', '全科医学科', 'CHIEF'],
  ['邱慧敏', '副主任医师', '心血管内科', 'ASSOCIATE_CHIEF'],
  ['戴文涛', '主治医师', '超声医学科', 'ATTENDING'],
  ['宋晓兰', '住院医师', '内科', 'RESIDENT'],
];
const ACTIVITIES = ['义诊', '健康讲座', '义诊', '送药下乡'];

/** A tour: four days from `first` at townships of the county; everyone present up to today. */
function tourOf(n: number, first: string, today: string): DemoTourTeam {
  const hospitalKey = HOSPITAL?.key ?? '';
  const county = HOSPITAL?.tourCountyCodes[0] ?? '';
  const townships = placeCodes(county).slice(1);
  const dates = datesBetween(first, addDays(first, 3));
  const members = CREW.map(([name, post, specialty, title], i) => ({
    // Each tour has its own crew (the numbers 3400.. are beyond the provincial teams' 3000..3279).
    name: n === 1 ? name : `${name.slice(0, 1)}${name.slice(2)}${name.slice(1, 2)}`,
    phone: demoPhone(3400 + n * 10 + i),
    title,
    post,
    specialty,
    countyCode: county,
    openId: i === 0 ? demoOpenId(`mobile_${n}`) : null,
  }));
  return {
    hospitalKey,
    mobile: { label: `第${n}次流动医院巡诊`, vehicle: `闽A·Y000${n}` },
    countyCodes: [county],
    members,
    plan: dates.map((date, i) => ({
      date,
      placeCode: townships[(n * 4 + i) % townships.length] ?? '',
      activity: ACTIVITIES[i] ?? '义诊',
    })),
    present: new Map(dates.filter((date) => date <= today).map((date) => [date, members.map((_, m) => m)])),
    rosterFiledOffset: 0,
    planFiledOffset: 0,
  };
}

/** The demo mobile-hospital program around `today`: a year from three months ago, two tours. */
export function buildDemoMobileProgram(today: string): DemoMobileProgram {
  const startDate = addDays(today, -90);
  const endDate = addDays(today, 274);
  const year = startDate.slice(0, 4);
  return {
    code: `MOBILE-DEMO-${year}`,
    name: `${year}年度“移动医院”巡诊`,
    startDate,
    endDate,
    settings: { tour: { rosterDue: startDate, planDue: startDate, summaryDue: addDays(endDate, 9) } },
    tours: [tourOf(1, addDays(today, -14), today), tourOf(2, addDays(today, -1), today)],
  };
}
