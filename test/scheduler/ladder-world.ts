import type { Institution, Program, ReportingObligation } from '../../src/generated/sqlite/client.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { ensureProgramParticipant, upsertProgramByCode } from '../../src/db/queries/programs.js';
import { ensureReportingObligation } from '../../src/db/queries/reporting.js';
import { submitReport } from '../../src/db/queries/report-submissions.js';
import type { CalendarOptions } from '../../src/scheduler/calendar.js';
import type { Scheduler } from '../../src/scheduler/scheduler.js';
import { deadlineLadder } from '../../src/scheduler/jobs/deadline-ladder.js';
import { datesBetween } from '../../src/time/local.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { buildBasicFixture, type BasicFixture } from '../support/fixtures.js';
import { harnessScheduler } from './reminder-world.js';

/** The recipients of the ladder by a short name, with their open_ids. */
export const LADDER_PEOPLE = {
  /** 医务科 of 漳平市医院. */
  hospitalA: 'ou_coord_a',
  /** 医务科 of 漳平市中医院. */
  hospitalB: 'ou_coord_b',
  county: 'ou_county',
  city: 'ou_city',
  province: 'ou_province',
} as const;

/** Who is who in a transcript. */
export type LadderPerson = keyof typeof LADDER_PEOPLE;

/**
 * A small world for the deadline ladder: the basic fixture's regions (福建省 → 龙岩市 → 漳平市), two
 * supporting hospitals with one coordinator each, a coordinator at each bureau level, and a program
 * run by 漳平市 through 2027, all on a real Scheduler running only the ladder job.
 */
export interface LadderWorld {
  bot: BotHarness;
  fixture: BasicFixture;
  hospitalA: Institution;
  hospitalB: Institution;
  program: Program;
  scheduler: Scheduler;
  /** A monthly workload report owed by a hospital. */
  owe(hospital: Institution, period: string, dueDate: string): Promise<ReportingObligation>;
  /** Submits an obligation's report at the clock's time. */
  submit(obligation: ReportingObligation): Promise<void>;
  /** Sets the clock to a local date and time and fires the jobs due in that minute. */
  tickAt(date: string, time: string): Promise<void>;
  /** Runs the ladder job's `run` for a slot directly (bypassing the job-runs claim), at the clock's time. */
  runDirect(slot: string): Promise<void>;
  /**
   * Fires the 09:00 run of every day from `first` to `last` (with `onDay` before each run) and returns
   * what each person got, as `date person title` lines.
   */
  drive(first: string, last: string, onDay?: (date: string) => Promise<void>): Promise<string[]>;
  /** The newest message in a person's private chat. */
  last(person: LadderPerson): string;
}

/** Builds the world; `calendarOptions` replace the real calendar's defaults. `bot.close()` after. */
export async function buildLadderWorld(
  provider: DbProvider,
  calendarOptions: Partial<CalendarOptions> = {},
  settings?: object,
): Promise<LadderWorld> {
  const bot = await createBotHarness({ provider });
  const fixture = await buildBasicFixture(bot.db);
  const hospitalA = fixture.hospital;
  const hospitalB = await upsertInstitutionByCode(bot.db, {
    code: 'H-ZP-TCM',
    name: '漳平市中医院',
    kind: 'COUNTY_HOSPITAL',
    regionCode: fixture.county.code,
  });
  const program = await upsertProgramByCode(bot.db, {
    code: 'GS-2026',
    name: '医师下基层 2026',
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: fixture.county.code,
    startDate: '2026-01-01',
    endDate: '2027-12-31',
    ...(settings ? { settings } : {}),
  });
  for (const hospital of [hospitalA, hospitalB]) {
    await ensureProgramParticipant(bot.db, { programId: program.id, institutionId: hospital.id, side: 'SUPPORTING' });
  }
  const coordinator = (institutionId: number) => [{ role: 'HOSPITAL_COORDINATOR' as const, institutionId }];
  const bureau = (regionId: number) => [{ role: 'REGION_COORDINATOR' as const, regionId }];
  await bot.person({ name: '医务科甲', openId: LADDER_PEOPLE.hospitalA, roles: coordinator(hospitalA.id) });
  await bot.person({ name: '医务科乙', openId: LADDER_PEOPLE.hospitalB, roles: coordinator(hospitalB.id) });
  await bot.person({ name: '县卫健局', openId: LADDER_PEOPLE.county, roles: bureau(fixture.county.id) });
  await bot.person({ name: '市卫健委', openId: LADDER_PEOPLE.city, roles: bureau(fixture.city.id) });
  await bot.person({ name: '省卫健委', openId: LADDER_PEOPLE.province, roles: bureau(fixture.province.id) });

  const { scheduler, tickAt, runDirect } = harnessScheduler(bot, [deadlineLadder], calendarOptions);
  const inbox = (person: LadderPerson) => bot.outbox(bot.p2p(LADDER_PEOPLE[person]));
  const people = Object.keys(LADDER_PEOPLE) as LadderPerson[];
  return {
    bot,
    fixture,
    hospitalA,
    hospitalB,
    program,
    scheduler,
    owe: (hospital, period, dueDate) =>
      ensureReportingObligation(
        bot.db,
        { programId: program.id, institutionId: hospital.id, kind: 'MONTHLY_WORKLOAD', period },
        dueDate,
      ),
    async submit(obligation) {
      await submitReport(bot.db, { obligationId: obligation.id, figures: {}, byId: null, at: bot.clock.now() });
    },
    tickAt,
    runDirect: (slot) => runDirect(deadlineLadder, slot),
    async drive(first, last, onDay) {
      const lines: string[] = [];
      for (const date of datesBetween(first, last)) {
        const seen = new Map(people.map((p) => [p, inbox(p).length]));
        await onDay?.(date);
        await tickAt(date, '09:00');
        for (const person of people) {
          for (const message of inbox(person).slice(seen.get(person))) {
            lines.push(`${date} ${person} ${message.text.split('\n')[0] ?? ''}`);
          }
        }
      }
      return lines;
    },
    last: (person) => inbox(person).at(-1)?.text ?? '',
  };
}
