import type { WorkLogValues } from '../db/queries/work-logs.js';
import type { CheckMethod, Verification } from '../generated/sqlite/enums.js';
import { zonedInstant } from '../time/local.js';
import { CLINIC_GEOFENCE_M } from './clinics.js';
import { distanceMetres, type LatLon } from '../geo/distance.js';
import { offsetPoint } from './geo.js';
import type { DemoInstitution } from './institutions.js';
import type { DemoPhysician } from './physicians.js';
import { timeOfDay } from './time-of-day.js';
import { seededRandom, type Random } from '../domain/seeded-random.js';
import type { ScheduledAssignment } from './schedule.js';
import { clinicHeadOpenId } from './staff.js';

/** A check-in or check-out as the bot would have recorded it. */
export interface ScheduledCheck {
  at: Date;
  method: CheckMethod;
  latitude: number | null;
  longitude: number | null;
  accuracyM: number | null;
  distanceM: number | null;
  verification: Verification;
  /** Stands in for the chat message id; unique, so a reload finds the same day. */
  sourceId: string;
}

/** One past day a physician served at a clinic, with what followed it. */
export interface ScheduledServiceDay {
  assignment: ScheduledAssignment;
  serviceDate: string;
  checkIn: ScheduledCheck;
  checkOut: ScheduledCheck | null;
  /** The clinic head's verdict; null while it is pending. */
  confirmation: { status: 'CONFIRMED' | 'DISPUTED'; note: string; at: Date; byOpenId: string } | null;
  workLog: { figures: WorkLogValues; note: string; at: Date } | null;
}

const SURGICAL = new Set(['骨科', '普外科', '妇产科', '眼科', '口腔科', '耳鼻喉科']);
/** The remote kind a specialty's remote work is: cardiologists read ECGs, others consult. */
const REMOTE_KIND: Readonly<Record<string, 'remoteEcg' | 'remoteImaging'>> = {
  心血管内科: 'remoteEcg',
  骨科: 'remoteImaging',
};

const LECTURE_TOPICS: Record<string, string> = {
  内科: '高血压规范化管理',
  心血管内科: '冠心病二级预防',
  呼吸内科: '慢阻肺规范诊治',
  消化内科: '幽门螺杆菌感染防治',
  内分泌科: '糖尿病规范化管理',
  神经内科: '脑卒中早期识别',
  儿科: '儿童常见病诊治',
  妇产科: '孕产期保健',
  中医科: '中医适宜技术推广',
  针灸推拿科: '针灸适宜技术',
  骨科: '骨质疏松防治',
  眼科: '白内障筛查与转诊',
  口腔科: '口腔健康与龋病预防',
  康复科: '脑卒中后康复训练',
  耳鼻喉科: '过敏性鼻炎诊治',
  全科: '家庭医生签约服务规范',
};

const DISPUTE_NOTES = ['当天未在本院见到该医师', '签到时间与实际到岗时间不符'];
const CONFIRM_NOTES = ['', '工作认真负责', '群众反映良好'];

/** A check placed like a real one: mostly a verified location near the clinic, sometimes out of range or typed. */
function check(
  random: Random,
  clinic: DemoInstitution,
  at: Date,
  sourceId: string,
  mode: 'near' | 'far' | 'text',
): ScheduledCheck {
  if (mode === 'text') {
    return {
      at,
      method: 'TEXT',
      latitude: null,
      longitude: null,
      accuracyM: null,
      distanceM: null,
      verification: 'UNVERIFIED',
      sourceId,
    };
  }
  const fence = clinic.geofenceRadiusM ?? CLINIC_GEOFENCE_M;
  const metres = mode === 'near' ? random.int(15, Math.floor(fence * 0.7)) : random.int(fence + 150, fence * 3);
  const point: LatLon = offsetPoint(clinic, metres, random.int(0, 359));
  const distanceM = Math.round(distanceMetres(clinic, point));
  return {
    at,
    method: 'LOCATION',
    ...point,
    accuracyM: random.int(5, 40),
    distanceM,
    verification: distanceM <= fence ? 'VERIFIED' : 'UNVERIFIED',
    sourceId,
  };
}

function workLog(random: Random, specialty: string): { figures: WorkLogValues; note: string } {
  const lectures = random.chance(0.2) ? 1 : 0;
  const homeVisits = random.chance(0.25) ? random.int(1, 3) : 0;
  const done = {
    patients: random.int(6, 35),
    specialPopulation: random.int(0, 6),
    homeVisits,
    lectures,
    training: lectures ? random.int(8, 25) : random.chance(0.2) ? random.int(3, 10) : 0,
    teachingRounds: random.chance(0.3) ? 1 : 0,
    caseDiscussions: random.chance(0.25) ? 1 : 0,
    surgeryTeaching: SURGICAL.has(specialty) && random.chance(0.25) ? 1 : 0,
  };
  // One draw for the remote work, in its old place, so the rest of the demo world stays as it was.
  const remote = { remoteConsultations: 0, remoteImaging: 0, remoteEcg: 0 };
  remote[REMOTE_KIND[specialty] ?? 'remoteConsultations'] = random.chance(0.1) ? random.int(1, 3) : 0;
  const figures: WorkLogValues = {
    ...done,
    ...remote,
    healthEducation: random.chance(0.4) ? 1 : 0,
    newTechniques: random.chance(0.05) ? 1 : 0,
  };
  const parts = [`${specialty}门诊坐诊，接诊${figures.patients}人次`];
  if (lectures) parts.push(`开展专题讲座“${LECTURE_TOPICS[specialty] ?? '常见病规范诊疗'}”`);
  if (homeVisits) parts.push('为行动不便的老人送医上门');
  if (figures.teachingRounds) parts.push('带教查房');
  return { figures, note: parts.join('；') };
}

/** The past service day of one planned date, or null when the physician did not come. */
function serviceDayOf(
  assignment: ScheduledAssignment,
  date: string,
  clinic: DemoInstitution,
  physician: DemoPhysician,
  timeZone: string,
): ScheduledServiceDay | null {
  const random = seededRandom(`day:${physician.key}:${date}`);
  if (!random.chance(0.88)) return null;
  const roll = random.next();
  const mode = roll < 0.6 ? 'near' : roll < 0.68 ? 'far' : 'text';
  const source = `demo:${physician.key}:${clinic.key}:${date}`;
  const checkIn = check(
    random,
    clinic,
    zonedInstant(date, timeOfDay(random.int(460, 570)), timeZone),
    `${source}:in`,
    mode,
  );
  const outAt = zonedInstant(date, timeOfDay(random.int(930, 1065)), timeZone);
  const checkOut = random.chance(0.85)
    ? check(random, clinic, outAt, `${source}:out`, mode === 'far' ? 'near' : mode)
    : null;
  const verdict = random.next();
  const confirmedAt = zonedInstant(date, timeOfDay(random.int(1080, 1230)), timeZone);
  const byOpenId = clinicHeadOpenId(clinic.key);
  const confirmation =
    verdict < 0.55
      ? { status: 'CONFIRMED' as const, note: random.pick(CONFIRM_NOTES), at: confirmedAt, byOpenId }
      : verdict < 0.63
        ? { status: 'DISPUTED' as const, note: random.pick(DISPUTE_NOTES), at: confirmedAt, byOpenId }
        : null;
  const logged = random.chance(checkOut ? 0.9 : 0.3);
  const log = logged
    ? { ...workLog(random, physician.specialty), at: new Date((checkOut?.at ?? outAt).getTime() + 10 * 60_000) }
    : null;
  return { assignment, serviceDate: date, checkIn, checkOut, confirmation, workLog: log };
}

/**
 * The service days of the planned dates before `today`: most physicians came (checking in by location,
 * sometimes out of range or by text), a few forgot to check out or to log, clinic heads confirmed or
 * disputed some. Each day depends only on physician and date, so it is stable as `today` moves.
 */
export function buildServiceDays(
  assignments: readonly ScheduledAssignment[],
  lookup: { clinic(key: string): DemoInstitution; physician(key: string): DemoPhysician },
  today: string,
  timeZone: string,
): ScheduledServiceDay[] {
  return assignments.flatMap((assignment) => {
    const clinic = lookup.clinic(assignment.clinicKey);
    const physician = lookup.physician(assignment.physicianKey);
    return assignment.plannedDates
      .filter((date) => date < today)
      .flatMap((date) => serviceDayOf(assignment, date, clinic, physician, timeZone) ?? []);
  });
}
