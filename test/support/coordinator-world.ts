import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { loadDemo, type DemoLoadSummary } from '../../src/demo/load.js';
import { demoOpenId } from '../../src/demo/people.js';
import { clinicHeadOpenId, hospitalCoordinatorOpenId } from '../../src/demo/staff.js';
import { createBotHarness, type BotHarness, type BotHarnessOptions, type HarnessMessage } from './bot-harness.js';

/** The local day the coordinator world is built around, and its clock start (10:00 in Asia/Shanghai). */
export const WORLD_TODAY = '2026-11-22';
export const WORLD_START = '2026-11-22T02:00:00Z';
export const WORLD_TIME_ZONE = 'Asia/Shanghai';

/** The demo's coordinators by their open_ids. */
export const DEMO_COORDINATORS = {
  admin: demoOpenId('admin'),
  /** 漳平市卫健局 (county level). */
  county: demoOpenId('county_zhangping'),
  /** 龙岩市卫健委. */
  city: demoOpenId('city_longyan'),
  /** 福建省卫健委. */
  province: demoOpenId('province_fujian'),
  /** 医务科 of a supporting hospital by demo key, e.g. `zhangping_hospital`, `fj_provincial`. */
  hospital: (key: string) => hospitalCoordinatorOpenId(key),
  /** Head of a recipient clinic by demo key, e.g. `guilin`. */
  clinicHead: (key: string) => clinicHeadOpenId(key),
} as const;

/** A bot harness holding the whole demo (two programs: 2023 history and the current year). */
export interface CoordinatorWorld {
  bot: BotHarness;
  demo: DemoLoadSummary;
}

/**
 * Boots a bot harness with the demo dataset loaded around {@link WORLD_TODAY}, its clock at 10:00 that
 * day. Use with `describe.each(testProviders())`; call `world.bot.close()` after.
 */
export async function createCoordinatorWorld(
  provider: DbProvider,
  options: Omit<BotHarnessOptions, 'provider'> = {},
): Promise<CoordinatorWorld> {
  const bot = await createBotHarness({ start: WORLD_START, ...options, provider });
  const demo = await loadDemo(bot.db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE, now: bot.clock.now() });
  return { bot, demo };
}

/** Sends `text` as `as` in their private chat, lets the bot settle, and returns its last reply there. */
export async function replyTo(bot: BotHarness, as: string, text: string): Promise<HarnessMessage> {
  await bot.send({ as, text });
  await bot.settle();
  const last = bot.lastMessage(bot.p2p(as));
  if (!last) throw new Error('no reply');
  return last;
}
