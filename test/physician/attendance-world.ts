import type { Institution, Program } from '../../src/generated/sqlite/client.js';
import { createAssignment, type AssignmentDetail } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { upsertProgramByCode } from '../../src/db/queries/programs.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { offsetPoint } from '../../src/demo/geo.js';
import type { LatLon } from '../../src/geo/distance.js';
import { zonedInstant } from '../../src/time/local.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { buildBasicFixture, type BasicFixture } from '../support/fixtures.js';

/** Where 石门镇卫生院 is, in the tests. */
export const CLINIC_POINT: LatLon = { latitude: 25.29, longitude: 117.42 };
/** A second clinic about 20 km away. */
export const OTHER_POINT: LatLon = { latitude: 25.46, longitude: 117.55 };

/** The physician's and the clinic head's Feishu open ids. */
export const WANG = 'ou_wang';
export const HEAD = 'ou_head';
export const NURSE = 'ou_nurse';

/**
 * The world of the check-in and check-out tests: the basic fixture's clinic with coordinates, a second
 * clinic (双洋镇卫生院), a 2026 program, 王医生 (physician) assigned to 石门 for March 2026 (planned 03-02
 * and 03-09) and to 石门 again in April, a clinic head for 石门, and a nurse without the physician role.
 */
export interface AttendanceWorld {
  bot: BotHarness;
  fixture: BasicFixture;
  clinic: Institution;
  otherClinic: Institution;
  program: Program;
  physicianId: number;
  march: AssignmentDetail;
  april: AssignmentDetail;
  /** Counts service days, to prove a refusal wrote nothing. */
  serviceDayCount(): Promise<number>;
  /** Sets the clock to a local date and time in Asia/Shanghai. */
  at(date: string, time: string): void;
  /** The point `metres` north of the clinic. */
  north(metres: number): LatLon;
  /** The text of the newest message in the physician's private chat. */
  lastReply(openId?: string): string;
}

/** Builds the world; `close()` the harness afterwards. */
export async function buildAttendanceWorld(provider: DbProvider): Promise<AttendanceWorld> {
  const bot = await createBotHarness({ provider });
  const fixture = await buildBasicFixture(bot.db);
  const clinic = await upsertInstitutionByCode(bot.db, {
    code: fixture.clinic.code,
    name: fixture.clinic.name,
    aliases: ['石门卫生院'],
    kind: 'TOWNSHIP_HEALTH_CENTER',
    regionCode: fixture.township.code,
    ...CLINIC_POINT,
  });
  const otherClinic = await upsertInstitutionByCode(bot.db, {
    code: 'C-SY',
    name: '双洋镇卫生院',
    kind: 'TOWNSHIP_HEALTH_CENTER',
    regionCode: fixture.township.code,
    ...OTHER_POINT,
  });
  const program = await upsertProgramByCode(bot.db, {
    code: 'GS-2026',
    name: '医师下基层 2026',
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: fixture.county.code,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  const physicianId = await bot.person({
    name: '王医生',
    openId: WANG,
    homeInstitutionId: fixture.hospital.id,
    roles: ['PHYSICIAN'],
  });
  await bot.person({ name: '李院长', openId: HEAD, roles: [{ role: 'CLINIC_HEAD', institutionId: clinic.id }] });
  await bot.person({ name: '张护士', openId: NURSE, roles: [{ role: 'CLINIC_HEAD', institutionId: otherClinic.id }] });
  const assign = (startDate: string, endDate: string, plannedDates: string[]) =>
    createAssignment(bot.db, {
      programId: program.id,
      physicianId,
      institutionId: clinic.id,
      startDate,
      endDate,
      plannedDates,
      createdById: null,
      at: bot.clock.now(),
    });
  const march = await assign('2026-03-01', '2026-03-31', ['2026-03-02', '2026-03-09']);
  const april = await assign('2026-04-01', '2026-04-30', ['2026-04-01']);
  return {
    bot,
    fixture,
    clinic,
    otherClinic,
    program,
    physicianId,
    march,
    april,
    serviceDayCount: () => bot.db.serviceDay.count(),
    at: (date, time) => bot.clock.set(zonedInstant(date, time, 'Asia/Shanghai')),
    north: (metres) => offsetPoint(CLINIC_POINT, metres, 0),
    lastReply: (openId = WANG) => bot.lastMessage(bot.p2p(openId))?.text ?? '',
  };
}
