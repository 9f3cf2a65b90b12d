import type { Title } from '../generated/sqlite/enums.js';
import { addDays, datesBetween } from '../time/local.js';
import { CLINICS } from './clinics.js';
import { PROVINCIAL_HOSPITALS } from './institutions.js';
import { DEMO_REGIONS, ZHANGPING } from './regions.js';
import { demoOpenId, demoPhone } from './people.js';

/**
 * The demo's team tour (seed 004): the 14 teams of annex 1 with plausible rosters, a county hospital and
 * twelve township health centers in each toured county, and a tour in progress around the demo's today —
 * so `/巡回` is worth looking at right after `npm run seed:demo`. Deterministic for a given today.
 */

/** A place a team works at: the county hospital or a township health center of a toured county. */
export interface DemoTourPlace {
  code: string;
  name: string;
  kind: 'COUNTY_HOSPITAL' | 'TOWNSHIP_HEALTH_CENTER';
  regionCode: string;
  latitude: number;
  longitude: number;
}

/** A member of a demo team. */
export interface DemoTourMember {
  name: string;
  phone: string;
  title: Title | null;
  post: string;
  specialty: string;
  countyCode: string;
  /** The leader has a chat account (`ou_demo_tour_<hospital key>`). */
  openId: string | null;
}

/** One team: its hospital, counties, roster, plan and the days its members were present. */
export interface DemoTourTeam {
  hospitalKey: string;
  /** A mobile-hospital tour's 第N次 and vehicle (src/demo/mobile-tours.ts); a provincial team has neither. */
  mobile?: { label: string; vehicle: string };
  countyCodes: string[];
  members: DemoTourMember[];
  plan: { date: string; placeCode: string; activity: string }[];
  /** Per planned date up to today: indexes of the members present. */
  present: Map<string, number[]>;
  /** Days (relative to the program start) the roster and the plan were filed (some after their due days). */
  rosterFiledOffset: number;
  planFiledOffset: number;
}

/** The demo tour program. */
export interface DemoTour {
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  settings: {
    tour: { rosterDue: string; planDue: string; summaryDue: string; weakSpecialties: Record<string, string[]> };
  };
  places: DemoTourPlace[];
  teams: DemoTourTeam[];
}

const TOWNSHIP_WORDS = ['东岭', '西坑', '南岸', '北峰', '青石', '白岩', '龙门', '大坪', '高岭', '梅溪', '石门', '古洋'];
const SURNAMES = '林陈黄张吴王李刘郑杨许蔡谢洪叶曾'.split('');
const GIVEN = ['建华', '志强', '丽娟', '海燕', '文斌', '国平', '秀英', '晓东', '明辉', '雅琴', '振宇', '丽萍', '俊杰'];
const SPECIALTIES = ['心血管内科', '呼吸内科', '消化内科', '妇产科', '儿科', '肿瘤科', '骨科', '眼科', '耳鼻喉科'];
const POSTS: [Title | null, string][] = [
  ['CHIEF', '科主任/主任医师'],
  ['ASSOCIATE_CHIEF', '副主任医师'],
  ['CHIEF', '主任医师'],
  ['ASSOCIATE_CHIEF', '副主任医师'],
  ['ASSOCIATE_CHIEF', '副主任医师'],
  ['ATTENDING', '主治医师'],
  ['ASSOCIATE_CHIEF', '副主任医师'],
  ['ATTENDING', '主治医师'],
  [null, '医务部副主任'],
];
const ACTIVITIES = ['义诊', '教学查房', '专题讲座', '病例讨论', '义诊'];

const countyName = (code: string) => DEMO_REGIONS.find((region) => region.code === code)?.name ?? code;
/** `连江县` → `连江`, for township names. */
const countyStem = (code: string) => countyName(code).replace(/[县市区]$/u, '');

/** The places of a toured county: its hospital and twelve township health centers (漳平市: the demo's own). */
function placesOf(countyCode: string, index: number): DemoTourPlace[] {
  if (countyCode === ZHANGPING) return [];
  // Spread the counties over Fujian's map so each has its own coordinates.
  const latitude = 24.3 + (index % 7) * 0.5;
  const longitude = 116.6 + Math.floor(index / 7) * 0.7;
  const place = (suffix: string, name: string, kind: DemoTourPlace['kind'], offset: number): DemoTourPlace => ({
    code: `DEMO-TOUR-${countyCode}-${suffix}`,
    name,
    kind,
    regionCode: countyCode,
    latitude: latitude + offset * 0.01,
    longitude: longitude + offset * 0.013,
  });
  return [
    place('H', `${countyName(countyCode)}总医院`, 'COUNTY_HOSPITAL', 0),
    ...TOWNSHIP_WORDS.map((word, i) =>
      place(`T${i + 1}`, `${countyStem(countyCode)}${word}镇卫生院`, 'TOWNSHIP_HEALTH_CENTER', i + 1),
    ),
  ];
}

/** Codes of the places of a county in plan order: the county hospital, then the townships. */
export function placeCodes(countyCode: string): string[] {
  if (countyCode === ZHANGPING) return ['DEMO-ZHANGPING-HOSPITAL', ...CLINICS.map((clinic) => clinic.code)];
  return [`DEMO-TOUR-${countyCode}-H`, ...TOWNSHIP_WORDS.map((_, i) => `DEMO-TOUR-${countyCode}-T${i + 1}`)];
}

function rosterOf(hospitalIndex: number, hospitalKey: string, countyCodes: readonly string[]): DemoTourMember[] {
  // Most teams have 9 members; two fall short (7 and 8 with few seniors) so the card has something to say.
  const size = hospitalIndex === 9 ? 7 : 9;
  return Array.from({ length: size }, (_, i) => {
    const [title, post] = POSTS[i] ?? ['ATTENDING', '主治医师'];
    const serial = 3000 + hospitalIndex * 20 + i;
    return {
      name: `${SURNAMES[(hospitalIndex + i) % SURNAMES.length]}${GIVEN[(hospitalIndex * 3 + i) % GIVEN.length]}`,
      phone: demoPhone(serial),
      title,
      post,
      specialty: title === null ? '医院管理' : (SPECIALTIES[(hospitalIndex + i) % SPECIALTIES.length] ?? '内科'),
      countyCode: countyCodes[i % countyCodes.length] ?? '',
      openId: i === 0 ? demoOpenId(`tour_${hospitalKey}`) : null,
    };
  });
}

/**
 * The plan: working days from the team's first day, a week or so in each county in turn — the county
 * hospital on Mondays, a township the other days.
 */
function planOf(start: string, end: string, hospitalIndex: number, countyCodes: readonly string[]) {
  const first = addDays(start, hospitalIndex % 5);
  const days = datesBetween(first, end).filter((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));
  return days.slice(0, 25).map((date, i) => {
    const county = countyCodes[Math.floor(i / 8) % countyCodes.length] ?? '';
    const codes = placeCodes(county);
    const place = i % 5 === 0 ? codes[0] : codes[1 + ((i + hospitalIndex) % (codes.length - 1))];
    return { date, placeCode: place ?? '', activity: ACTIVITIES[i % ACTIVITIES.length] ?? '义诊' };
  });
}

/** The demo tour around `today`: started three weeks ago, six weeks to go. */
export function buildDemoTour(today: string): DemoTour {
  const startDate = addDays(today, -21);
  const endDate = addDays(today, 42);
  const counties = [...new Set(PROVINCIAL_HOSPITALS.flatMap((hospital) => hospital.tourCountyCodes))];
  const teams = PROVINCIAL_HOSPITALS.map((hospital, index): DemoTourTeam => {
    const members = rosterOf(index, hospital.key, hospital.tourCountyCodes);
    const plan = planOf(startDate, endDate, index, hospital.tourCountyCodes);
    const present = new Map(
      plan
        .filter((day) => day.date <= today)
        .map((day, d) => [day.date, members.map((_, m) => m).filter((m) => (m + d + index) % 4 !== 0)]),
    );
    return {
      hospitalKey: hospital.key,
      countyCodes: hospital.tourCountyCodes,
      members,
      plan,
      present,
      rosterFiledOffset: index === 12 || index === 4 ? -8 : -14,
      planFiledOffset: index === 12 || index === 7 ? 2 : -3,
    };
  });
  return {
    code: `TOUR-${startDate.slice(0, 4)}`,
    name: `${startDate.slice(0, 4)}年省级医疗队巡回医疗`,
    startDate,
    endDate,
    settings: {
      tour: {
        rosterDue: addDays(startDate, -12),
        planDue: addDays(startDate, -1),
        summaryDue: addDays(endDate, 9),
        weakSpecialties: { 连江县: ['儿科', '心血管内科'], 漳平市: ['眼科', '耳鼻喉科'], 长汀县: ['骨科', '肿瘤科'] },
      },
    },
    places: counties.flatMap((code, index) => placesOf(code, index)),
    teams,
  };
}
