import { pino } from 'pino';
import { findPlannedDayTaken } from '../../src/db/queries/assignment-lookups.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotifier, type Notifier } from '../../src/core/create-context.js';
import { cancelAssignment, createAssignment } from '../../src/db/queries/assignments.js';
import { listAssignmentsPlannedInMonth } from '../../src/db/queries/assignment-lists.js';
import { listAuditEntries } from '../../src/db/queries/audit-log.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { listPlannedVisitsBetween } from '../../src/db/queries/planned-visits.js';
import { findProgramByCode } from '../../src/db/queries/programs.js';
import { ensureReportingObligation } from '../../src/db/queries/reporting.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { notifyAssignmentCancelled, notifyAssignmentCreated } from '../../src/physician/assignment-notices.js';
import { createCalendar } from '../../src/scheduler/calendar.js';
import { deadlineGroupNotices } from '../../src/scheduler/jobs/deadline-group-notices.js';
import { weeklyScheduleBroadcast } from '../../src/scheduler/jobs/weekly-schedule-broadcast.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { zonedInstant } from '../../src/time/local.js';
import type { HarnessMessage } from '../support/bot-harness.js';
import {
  createCoordinatorWorld,
  DEMO_COORDINATORS,
  WORLD_TIME_ZONE,
  type CoordinatorWorld,
} from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';

const TZ = WORLD_TIME_ZONE;
const LINGDI_GROUP = 'oc_lingdi_residents';
const COUNTY_GROUP = 'oc_zhangping_bureau';
const HOSPITAL_GROUP = 'oc_zp_hospital_office';
const QUIET_GROUP = 'oc_never_subscribed';
const WEEK_TITLE = '本周专家坐诊安排';
const DEADLINE_TITLE = '截止和逾期提醒';

describe.each(testProviders())('group subscriptions and broadcasts (%s)', (provider) => {
  let world: CoordinatorWorld;
  let scheduler: Scheduler;
  let notifier: Notifier;

  beforeAll(async () => {
    world = await createCoordinatorWorld(provider);
    const { bot } = world;
    const deps = {
      db: bot.db,
      clock: bot.clock,
      dispatcher: { wake: () => undefined },
      config: { locale: 'zh-CN' as const, timeZone: TZ },
    };
    notifier = createNotifier(deps, bot.adapter, pino({ level: 'silent' }));
    scheduler = new Scheduler({
      db: bot.db,
      clock: bot.clock,
      log: pino({ level: 'silent' }),
      timeZone: TZ,
      notifier,
      calendar: createCalendar({ timeZone: TZ }),
      jobs: [weeklyScheduleBroadcast, deadlineGroupNotices],
      replicaId: 'test',
    });
  }, 60_000);
  afterAll(() => world.bot.close());

  const say = async (as: string, chat: string | undefined, text: string) => {
    await world.bot.send({ as, ...(chat ? { chat, mentionBot: true } : {}), text });
    await world.bot.settle();
    return world.bot.lastMessage(chat ?? world.bot.p2p(as))?.text ?? '';
  };
  const tickAt = async (date: string, time: string) => {
    world.bot.clock.set(zonedInstant(date, time, TZ));
    await scheduler.tick(world.bot.clock.now());
    await world.bot.settle();
  };
  const cards = (chat: string, title: string): HarnessMessage[] =>
    world.bot.outbox(chat).filter((m) => m.kind === 'card' && m.text.includes(title));
  const clinic = async (key: string) => {
    const found = await findInstitutionByCode(world.bot.db, demoInstitutionCode(`zp_${key}`));
    if (!found) throw new Error(`no clinic ${key}`);
    return found;
  };
  /** Plans a physician of another clinic's November visits at `clinicKey` on `dates`, and notifies like /指派. */
  const planVisit = async (clinicKey: string, dates: string[]) => {
    const { bot } = world;
    const program = await findProgramByCode(bot.db, 'DEMO-ZP-GRASSROOTS-2026');
    const place = await clinic(clinicKey);
    // A physician free on those days: the database refuses one planned at two places on a day.
    const candidates = (await listAssignmentsPlannedInMonth(bot.db, '2026-11')).filter(
      (a) => a.institutionId !== place.id,
    );
    const free = await Promise.all(
      candidates.map(async (a) => (await findPlannedDayTaken(bot.db, a.physicianId, dates)) === undefined),
    );
    const donor = candidates.find((_, i) => free[i]);
    if (!program || !donor) throw new Error('demo incomplete');
    const assignment = await createAssignment(bot.db, {
      programId: program.id,
      physicianId: donor.physicianId,
      institutionId: place.id,
      startDate: dates[0] ?? '',
      endDate: dates.at(-1) ?? '',
      plannedDates: dates,
      createdById: null,
      at: bot.clock.now(),
    });
    await notifyAssignmentCreated(notifier, assignment.id);
    await bot.settle();
    return { name: donor.physician.name, id: assignment.id };
  };

  it('subscribing: only in a group, only in scope, duplicates harmless, audited', async () => {
    const { bot } = world;
    await bot.botAdded({ as: DEMO_COORDINATORS.county, chat: QUIET_GROUP, chatName: '居民群' });
    await bot.settle();
    expect(await say(DEMO_COORDINATORS.county, undefined, '/订阅 排班 漳平市')).toContain('请在群里 @我');
    expect(await say(DEMO_COORDINATORS.clinicHead('guilin'), LINGDI_GROUP, '/订阅 排班 灵地卫生院')).toContain(
      '您只能为本单位',
    );
    expect(await say(DEMO_COORDINATORS.clinicHead('lingdi'), LINGDI_GROUP, '/订阅 截止')).toContain('截止提醒只能由');
    expect(await say(DEMO_COORDINATORS.county, COUNTY_GROUP, '/订阅 天气 漳平市')).toContain('“排班”');

    const lingdi = await say(DEMO_COORDINATORS.clinicHead('lingdi'), LINGDI_GROUP, '/订阅 排班');
    expect(lingdi).toContain('已订阅：每周专家坐诊安排（漳平市灵地乡卫生院）');
    expect(await say(DEMO_COORDINATORS.county, COUNTY_GROUP, '/订阅 排班 漳平市')).toContain('已订阅');
    const again = await say(DEMO_COORDINATORS.county, COUNTY_GROUP, '/subscribe schedule 漳平市');
    expect(again).toContain('本群已订阅：每周专家坐诊安排（漳平市）');
    expect(await say(DEMO_COORDINATORS.county, COUNTY_GROUP, '/订阅 截止')).toContain('截止和逾期提醒（漳平市）');
    const hospital = await say(DEMO_COORDINATORS.hospital('zhangping_hospital'), HOSPITAL_GROUP, '/订阅 截止');
    expect(hospital).toContain('截止和逾期提醒（漳平市医院）');
    expect(
      await say(DEMO_COORDINATORS.hospital('zhangping_hospital'), HOSPITAL_GROUP, '/订阅 截止 灵地卫生院'),
    ).toContain('受援单位没有需要报送的报表');

    const listed = await say(DEMO_COORDINATORS.county, COUNTY_GROUP, '/退订');
    expect(listed).toContain('每周专家坐诊安排（漳平市）');
    expect(listed).toContain('截止和逾期提醒（漳平市）');
    const audit = await listAuditEntries(bot.db, { all: true }, { limit: 100 });
    expect(audit.filter((e) => e.action === 'subscription.add')).toHaveLength(4);
  });

  it('unsubscribing: by topic and name, refused outside the caller scope, all at once', async () => {
    const extra = 'oc_temporary';
    await say(DEMO_COORDINATORS.county, extra, '/订阅 排班 灵地乡');
    await say(DEMO_COORDINATORS.county, extra, '/订阅 截止');
    expect(await say(DEMO_COORDINATORS.clinicHead('guilin'), extra, '/退订 全部')).toContain('不在您的管辖范围内');
    expect(await say(DEMO_COORDINATORS.county, extra, '/退订 排班 桂林')).toContain('本群没有这项订阅');
    const one = await say(DEMO_COORDINATORS.county, extra, '/退订 排班 灵地乡');
    expect(one).toContain('已退订：每周专家坐诊安排（灵地乡）');
    expect(one).toContain('截止和逾期提醒（漳平市）');
    const all = await say(DEMO_COORDINATORS.county, extra, '/unsubscribe all');
    expect(all).toContain('本群当前没有订阅');
    const audit = await listAuditEntries(world.bot.db, { all: true }, { limit: 100 });
    expect(audit.filter((e) => e.action === 'subscription.cancel')).toHaveLength(2);
  });

  it('Monday 08:00: each subscribed group gets the week once, with the visits planned there', async () => {
    await tickAt('2026-11-23', '07:59');
    expect(cards(LINGDI_GROUP, WEEK_TITLE)).toHaveLength(0);
    await tickAt('2026-11-23', '08:00');
    const [card, ...more] = cards(LINGDI_GROUP, WEEK_TITLE);
    expect(more).toHaveLength(0);
    expect(card?.text).toContain('2026-11-23 ~ 2026-11-29');
    expect(card?.text).toContain('欢迎辖区居民前来就诊');
    const lingdi = await clinic('lingdi');
    const visits = await listPlannedVisitsBetween(world.bot.db, '2026-11-23', '2026-11-29', {
      institutionId: lingdi.id,
    });
    for (const visit of visits) expect(card?.text).toContain(visit.assignment.physician.name);
    expect(card?.text).not.toMatch(/1[3-9]\d{9}/); // no phone numbers in a card for residents
    expect(cards(COUNTY_GROUP, WEEK_TITLE)).toHaveLength(1);
    expect(cards(QUIET_GROUP, WEEK_TITLE)).toHaveLength(0);

    await tickAt('2026-11-23', '08:00');
    await weeklyScheduleBroadcast.run({ ...notifier, calendar: createCalendar({ timeZone: TZ }), slot: '2026-11-23' });
    await world.bot.settle();
    expect(cards(LINGDI_GROUP, WEEK_TITLE)).toHaveLength(1);
    expect(cards(COUNTY_GROUP, WEEK_TITLE)).toHaveLength(1);
  });

  it('an assignment made mid-week updates the sent card in place; one in another week does not', async () => {
    world.bot.clock.set(zonedInstant('2026-11-25', '10:00', WORLD_TIME_ZONE));
    const before = cards(LINGDI_GROUP, WEEK_TITLE)[0];
    const { name, id } = await planVisit('lingdi', ['2026-11-27']);
    const [after, ...more] = cards(LINGDI_GROUP, WEEK_TITLE);
    expect(more).toHaveLength(0);
    expect(after?.id).toBe(before?.id);
    expect(after?.revision).toBe(1);
    expect(after?.text).toContain(name);
    expect(cards(COUNTY_GROUP, WEEK_TITLE)[0]?.revision).toBe(1);

    await planVisit('lingdi', ['2026-12-09']);
    expect(cards(LINGDI_GROUP, WEEK_TITLE)[0]?.revision).toBe(1);
    expect(cards(COUNTY_GROUP, WEEK_TITLE)[0]?.revision).toBe(1);
    // Another clinic's visit this week: the county card changes, the clinic's card does not.
    await planVisit('guilin', ['2026-11-26']);
    expect(cards(LINGDI_GROUP, WEEK_TITLE)[0]?.revision).toBe(1);
    expect(cards(COUNTY_GROUP, WEEK_TITLE)[0]?.revision).toBe(2);
    // Cancelled again: both cards drop the visit.
    await cancelAssignment(world.bot.db, id, { actorId: null, at: world.bot.clock.now() });
    await notifyAssignmentCancelled(notifier, id);
    await world.bot.settle();
    expect(cards(LINGDI_GROUP, WEEK_TITLE)).toHaveLength(1);
    expect(cards(LINGDI_GROUP, WEEK_TITLE)[0]?.revision).toBe(2);
    expect(cards(LINGDI_GROUP, WEEK_TITLE)[0]?.text).not.toContain(name);
    expect(cards(COUNTY_GROUP, WEEK_TITLE)[0]?.revision).toBe(3);
  });

  it('the year-end week spans two years (Mon 2026-12-28 to Sun 2027-01-03), 元旦 included', async () => {
    world.bot.clock.set(zonedInstant('2026-12-20', '10:00', WORLD_TIME_ZONE));
    const { name } = await planVisit('lingdi', ['2026-12-31', '2027-01-02']);
    await tickAt('2026-12-28', '08:00');
    const card = cards(LINGDI_GROUP, WEEK_TITLE).find((m) => m.text.includes('2026-12-28 ~ 2027-01-03'));
    expect(card?.text).toContain('12月31日 星期四');
    expect(card?.text).toContain('1月2日 星期六');
    expect(card?.text).toContain(name);
  });

  it('deadline notices: working days 09:00, only when the list changed, levels moving closer', async () => {
    const { bot } = world;
    const hospital = await findInstitutionByCode(bot.db, demoInstitutionCode('zhangping_hospital'));
    const program = await findProgramByCode(bot.db, 'DEMO-ZP-GRASSROOTS-2026');
    if (!hospital || !program) throw new Error('demo incomplete');
    await ensureReportingObligation(
      bot.db,
      { programId: program.id, institutionId: hospital.id, kind: 'STAFFING_TABLE', period: '2026-12' },
      '2026-12-10',
    );
    const count = () => cards(HOSPITAL_GROUP, DEADLINE_TITLE).length;
    const start = count();
    await tickAt('2026-12-05', '09:00'); // Saturday: nothing
    expect(count()).toBe(start);
    await tickAt('2026-12-07', '09:00'); // Monday: 12-10 is 3 days ahead
    expect(count()).toBe(start + 1);
    const latest = () => cards(HOSPITAL_GROUP, DEADLINE_TITLE).at(-1)?.text;
    expect(latest()).toContain('支援人员安排情况表');
    expect(latest()).toContain('3 天内截止');
    await tickAt('2026-12-08', '09:00'); // two days ahead: the same level, the same list
    expect(count()).toBe(start + 1);
    await tickAt('2026-12-09', '09:00');
    expect(count()).toBe(start + 2);
    expect(latest()).toContain('明天截止');
    await tickAt('2026-12-11', '09:00');
    expect(latest()).toContain('已逾期');
  });
});
