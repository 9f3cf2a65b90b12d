import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import {
  appendLocationReading,
  appendSpotCheckReading,
  isCheckinLinkUsed,
  markCheckinLinkUsed,
  serviceDaysWithDeviceVerification,
} from '../db/queries/location-readings.js';
import { findServiceDay } from '../db/queries/service-days.js';
import type { ServiceDayDetail } from '../db/queries/service-day-views.js';
import { attendanceMoment } from '../physician/attendance-moment.js';
import type { ReportedLocation } from '../physician/attendance-way.js';
import { checkIn } from '../physician/check-in.js';
import { checkOut } from '../physician/check-out.js';
import { evidenceOf } from '../physician/evidence.js';
import { upgradeVerification } from '../physician/verification-upgrade.js';
import type { LinkClaims } from './link-token.js';
import { pageContext, type PageDeps } from './page-context.js';
import { judgeReading, type DeviceReading, type ReadingJudgement } from './reading-verdict.js';
import { readingTarget, type ReadingTarget } from './reading-target.js';

/** What the page shows after a reading: done, a retry (with why), or a refusal. */
export type PageOutcome =
  | { kind: 'DONE'; title: string; message: string; readout: string }
  | { kind: 'RETRY'; title: string; message: string; readout?: string }
  | { kind: 'REFUSED'; title: string; message: string };

/** A reading as posted by the page: the link, the in-app login code if any, the position. */
export interface ReadingSubmission {
  token: string;
  code?: string;
  reading: DeviceReading;
}

/**
 * Decides a reading from the check-in page; the page only shows the answer. In order: the link must be
 * ours, unexpired and unused; where the platform can log the user in, the login code must name the same
 * account the link was minted for (a forwarded link records nothing); the reading is judged against the
 * clinic the chat flow would choose. Inside the fence with enough accuracy, the link is used up and the
 * check-in or check-out goes through THE physician flows (`checkIn` / `checkOut`, method DEVICE) — or, on
 * a day already checked in by text or location message, the reading alone raises it to 设备定位核验. Every
 * judged reading is appended to `location_readings`.
 */
export async function submitReading(deps: PageDeps, submission: ReadingSubmission): Promise<PageOutcome> {
  const link = deps.links.read(submission.token);
  if (!link.ok) return refused(deps, link.reason === 'EXPIRED' ? 'linkExpired' : 'linkInvalid');
  const { claims } = link;
  if (await isCheckinLinkUsed(deps.db, claims.id)) return refused(deps, 'linkUsed');
  const login = deps.logins.get(claims.platform);
  if (login) {
    if (!submission.code) return refused(deps, 'openInApp');
    const userId = await login.userIdForCode(submission.code);
    if (userId !== claims.userId) {
      deps.log.warn({ linkId: claims.id, personId: claims.personId }, 'check-in link opened by another account');
      return refused(deps, 'forwarded');
    }
  }
  const ctx = await pageContext(deps, claims);
  if (!ctx) return refused(deps, 'linkInvalid');
  try {
    return await decide(ctx, deps, claims, submission.reading);
  } catch (error) {
    if (!(error instanceof BotError)) throw error;
    return {
      kind: 'REFUSED',
      title: ctx.t('checkinPage.refusedTitle'),
      message: ctx.t(error.messageKey, error.params),
    };
  }
}

async function decide(ctx: Context, deps: PageDeps, claims: LinkClaims, reading: DeviceReading): Promise<PageOutcome> {
  const location = { latitude: reading.latitude, longitude: reading.longitude, system: reading.system };
  const target = await readingTarget(ctx, claims, location);
  const judgement = judgeReading(reading, target.clinic, target.program);
  const readout = readoutText(ctx, target, judgement, reading);
  const row = {
    personId: claims.personId,
    institutionId: target.clinic.id,
    source: reading.source,
    latitude: reading.latitude,
    longitude: reading.longitude,
    accuracyM: reading.accuracyM,
    coordinateSystem: reading.system,
    deviceTime: reading.deviceTime,
    receivedAt: ctx.now(),
    distanceM: judgement.distanceM,
    radiusM: judgement.radiusM,
    verdict: judgement.verdict,
    linkId: claims.id,
  };
  if (claims.purpose === 'SPOT_CHECK') {
    // The inspector's evidence about the check: kept with the visit's key, as a check-in keeps its
    // readings (the link is used up inside the fence), but no check-in, no day, no chain — the
    // physician's record is what is being checked, and the inspector's position is not part of it.
    const spotCheck = () => appendSpotCheckReading(ctx.db, { ...row, spotCheckKey: claims.spotCheckKey ?? '' });
    if (judgement.verdict !== 'WITHIN_FENCE') {
      await spotCheck();
      return retry(ctx, judgement, readout);
    }
    if (!(await markCheckinLinkUsed(ctx.db, claims.id, claims.personId, ctx.now()))) return refused(deps, 'linkUsed');
    await spotCheck();
    return done(ctx, 'spotCheckRead', target, readout);
  }
  const append = (serviceDayId: number | null) =>
    appendLocationReading(ctx.db, { ...row, serviceDayId, purpose: claims.purpose });
  if (judgement.verdict !== 'WITHIN_FENCE') {
    await append(null);
    return retry(ctx, judgement, readout);
  }
  if (!(await markCheckinLinkUsed(ctx.db, claims.id, claims.personId, ctx.now()))) return refused(deps, 'linkUsed');
  const way = { method: 'DEVICE' as const, location: { ...location, accuracyM: reading.accuracyM } };
  if (claims.purpose === 'CHECK_OUT') {
    await checkOut(ctx, way);
    await append(target.day?.id ?? null);
    return done(ctx, 'checkedOut', target, readout);
  }
  if (target.day) return upgrade(ctx, target, target.day, way.location, append, readout);
  await checkIn(ctx, way);
  const day = await findServiceDay(ctx.db, claims.personId, target.clinic.id, attendanceMoment(ctx).today);
  await append(day?.id ?? null);
  return done(ctx, 'checkedIn', target, readout);
}

/**
 * A day already checked in (by text or a location message): the reading is appended to it, which makes
 * its evidence 设备定位核验 (computed, see evidence.ts), and an unverified day takes the state model's
 * upgrade to 已核验 (`upgradeVerification`: verification only goes up; its check points stay as written).
 */
async function upgrade(
  ctx: Context,
  target: ReadingTarget,
  day: ServiceDayDetail,
  location: ReportedLocation,
  append: (serviceDayId: number | null) => Promise<unknown>,
  readout: string,
): Promise<PageOutcome> {
  const before = evidenceOf({
    ...day,
    deviceVerified: (await serviceDaysWithDeviceVerification(ctx.db, [day.id])).has(day.id),
  });
  await append(day.id);
  await upgradeVerification(ctx, day, location, attendanceMoment(ctx));
  if (before === 'DEVICE') return done(ctx, 'alreadyDeviceVerified', target, readout);
  await ctx.reply(ctx.t('checkinPage.upgradedChat', { clinic: target.clinic.name, readout }));
  return done(ctx, 'upgraded', target, readout);
}

/** `距 象湖镇卫生院 约 120 米，精度 15 米` (kilometres beyond 1 000 m). */
export function readoutText(
  ctx: Context,
  target: ReadingTarget,
  judgement: ReadingJudgement,
  reading: DeviceReading,
): string {
  const accuracy = Math.round(reading.accuracyM);
  if (judgement.distanceM === null) {
    return ctx.t('checkinPage.readoutUnplaced', { clinic: target.clinic.name, accuracy });
  }
  const metres = judgement.distanceM;
  const distance =
    metres >= 1000
      ? ctx.t('checkinPage.kilometres', { km: (metres / 1000).toFixed(1) })
      : ctx.t('checkinPage.metres', { m: metres >= 100 ? Math.round(metres / 10) * 10 : metres });
  return ctx.t('checkinPage.readout', { clinic: target.clinic.name, distance, accuracy });
}

function retry(ctx: Context, judgement: ReadingJudgement, readout: string): PageOutcome {
  const key =
    judgement.verdict === 'POOR_ACCURACY'
      ? 'retryPoorAccuracy'
      : judgement.verdict === 'CLINIC_UNPLACED'
        ? 'retryClinicUnplaced'
        : 'retryOutside';
  return {
    kind: 'RETRY',
    title: ctx.t(`checkinPage.${key}Title`),
    message: ctx.t(`checkinPage.${key}`, { radius: judgement.radiusM }),
    readout,
  };
}

function done(ctx: Context, key: string, target: ReadingTarget, readout: string): PageOutcome {
  return {
    kind: 'DONE',
    title: ctx.t(`checkinPage.${key}Title`),
    message: ctx.t(`checkinPage.${key}`, { clinic: target.clinic.name }),
    readout,
  };
}

function refused(deps: PageDeps, key: string): PageOutcome {
  return { kind: 'REFUSED', title: deps.t(`checkinPage.${key}Title`), message: deps.t(`checkinPage.${key}`) };
}
