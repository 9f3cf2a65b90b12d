import type { Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { spotCheckTarget } from '../spot-check/spot-check-target.js';
import { listAssignmentsForPhysicianInMonth } from '../db/queries/assignment-lists.js';
import { isCheckinLinkUsed } from '../db/queries/location-readings.js';
import { listServiceDaysOfPhysicianInMonth } from '../db/queries/service-day-lists.js';
import { attendanceMoment } from '../physician/attendance-moment.js';
import { plannedToday } from '../physician/clinic-choice.js';
import type { LinkClaims } from './link-token.js';
import { pageContext, type PageDeps } from './page-context.js';
import type { PageView } from './page-html.js';
import { READING_PATH } from './reading-input.js';

/** Script URLs of the platforms' JSAPI (`FEISHU_H5_SDK_URL`, `DINGTALK_H5_SDK_URL`). */
export interface SdkUrls {
  feishu: string;
  dingtalk: string;
}

/**
 * What the page shows when a link is opened: who, today's plan and the big button — or, for a link that
 * is not ours, expired or used, why nothing can be done with it (nothing is recorded by opening).
 * `pageUrl` is the address as the browser has it, which the Feishu JSAPI signature covers.
 */
export async function openPage(deps: PageDeps, token: string, pageUrl: string, sdk: SdkUrls): Promise<PageView> {
  const link = deps.links.read(token);
  if (!link.ok) return refusedView(deps, link.reason === 'EXPIRED' ? 'linkExpired' : 'linkInvalid');
  const { claims } = link;
  if (await isCheckinLinkUsed(deps.db, claims.id)) return refusedView(deps, 'linkUsed');
  const ctx = await pageContext(deps, claims);
  if (!ctx?.actor.person) return refusedView(deps, 'linkInvalid');
  const head = await headOf(ctx, claims);
  if ('refused' in head) {
    return { lang: ctx.locale, title: head.refused.title, lines: [], state: { kind: 'REFUSED', ...head.refused } };
  }
  return {
    lang: ctx.locale,
    title: head.title,
    lines: [ctx.t('checkinPage.greeting', { name: ctx.actor.person.name }), head.line],
    explain: ctx.t('checkinPage.explain'),
    button: { label: head.label, purpose: claims.purpose === 'CHECK_OUT' ? 'out' : 'in' },
    config: {
      token,
      post: READING_PATH,
      login: deps.logins.has(claims.platform) ? claims.platform : null,
      ...(await jsapiConfigs(deps, claims, pageUrl)),
      sdk,
      texts: pageTexts(ctx),
    },
  };
}

type Head = { title: string; label: string; line: string } | { refused: { title: string; message: string } };

/** The page's title, button and plan line for the link's purpose; a spot check the holder may not read, refused. */
async function headOf(ctx: Context, claims: LinkClaims): Promise<Head> {
  if (claims.purpose !== 'SPOT_CHECK') {
    const checkIn = claims.purpose === 'CHECK_IN';
    return {
      title: ctx.t(checkIn ? 'checkinPage.titleIn' : 'checkinPage.titleOut'),
      label: ctx.t(checkIn ? 'checkinPage.buttonIn' : 'checkinPage.buttonOut'),
      line: await planLine(ctx, claims),
    };
  }
  try {
    const { clinic, physician, date } = await spotCheckTarget(ctx, claims.spotCheckKey ?? '');
    return {
      title: ctx.t('checkinPage.titleSpot'),
      label: ctx.t('checkinPage.buttonSpot'),
      line: ctx.t('checkinPage.spotVisit', { date, clinic: clinic.name, physician }),
    };
  } catch (error) {
    if (!(error instanceof BotError)) throw error;
    return { refused: { title: ctx.t('checkinPage.refusedTitle'), message: ctx.t(error.messageKey, error.params) } };
  }
}

async function planLine(ctx: Context, claims: LinkClaims): Promise<string> {
  const moment = attendanceMoment(ctx);
  if (claims.purpose === 'CHECK_OUT') {
    const open = (await listServiceDaysOfPhysicianInMonth(ctx.db, claims.personId, moment.month)).filter(
      (d) => d.serviceDate === moment.today && d.checkOutAt === null,
    );
    const names = open.map((d) => d.institution.name).join('、');
    return names ? ctx.t('checkinPage.openDay', { clinic: names }) : ctx.t('physician.attendance.notCheckedInToday');
  }
  const assignments = await listAssignmentsForPhysicianInMonth(ctx.db, claims.personId, moment.month);
  const planned = plannedToday(assignments, moment.today).map((a) => a.institution.name);
  return planned.length > 0
    ? ctx.t('checkinPage.plannedToday', { list: planned.join('、') })
    : ctx.t('checkinPage.noPlanToday');
}

/** The signed JSAPI configuration of the link's platform; without it the page still reads the position. */
async function jsapiConfigs(deps: PageDeps, claims: LinkClaims, pageUrl: string): Promise<Record<string, unknown>> {
  const login = deps.logins.get(claims.platform);
  if (!login) return {};
  try {
    const config = await login.jsapiConfig(pageUrl);
    return claims.platform === 'DINGTALK' ? { dingtalk: config } : { feishu: config };
  } catch (error) {
    deps.log.warn({ err: error }, 'could not sign the JSAPI configuration');
    return {};
  }
}

function pageTexts(ctx: Context): Record<string, string> {
  const keys = ['locating', 'sending', 'deniedTitle', 'denied', 'unavailableTitle', 'unavailable'] as const;
  return {
    ...Object.fromEntries(keys.map((key) => [key, ctx.t(`checkinPage.${key}`)])),
    networkTitle: ctx.t('checkinPage.networkTitle'),
    network: ctx.t('checkinPage.network'),
    retry: ctx.t('checkinPage.buttonRetry'),
  };
}

/** The page saying why a link (or an entry) cannot be used; nothing on it can record anything. */
export function refusedView(deps: PageDeps, key: string): PageView {
  return {
    lang: deps.config.locale,
    title: deps.t(`checkinPage.${key}Title`),
    lines: [],
    state: { kind: 'REFUSED', title: deps.t(`checkinPage.${key}Title`), message: deps.t(`checkinPage.${key}`) },
  };
}
