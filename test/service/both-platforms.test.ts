import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/time/clock.js';
import { WEEKLY_VISITS_PURPOSE } from '../../src/broadcast/weekly-visits.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { appendAuditEntry } from '../../src/db/queries/audit-log.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { listSubscriptionsForTopic } from '../../src/db/queries/groups.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { offsetPoint } from '../../src/demo/geo.js';
import { loadDemoTours } from '../../src/demo/load-tours.js';
import { demoOpenId } from '../../src/demo/people.js';
import { demoInstitutionCode } from '../../src/demo/institutions.js';
import { findInstitutionByCode } from '../../src/db/queries/institutions.js';
import { findTeamByKey, listTourProgramsFrom } from '../../src/db/queries/tours.js';
import { zonedInstant } from '../../src/time/local.js';
import { DEMO_COORDINATORS, WORLD_START, WORLD_TIME_ZONE, WORLD_TODAY } from '../support/coordinator-world.js';
import { addPerson } from '../support/fixtures.js';
import { testProviders } from '../support/db.js';
import { officialFormXlsx } from '../support/sample-tables.js';
import { annex2Xlsx } from '../support/sample-rosters.js';
import { planXlsx } from '../support/sample-tour-plans.js';
import {
  CHAT_DRIVERS,
  CLINIC_PLACE,
  NOW,
  seedRotationWorld,
  startBothPlatforms,
  startDemoChat,
  type BothPlatforms,
  type ChatDriver,
} from './chat-drivers.js';
import { upsertMobileProgram } from '../support/mobile-program.js';

const cases = testProviders().flatMap((provider) =>
  (['feishu', 'dingtalk'] as const).map((platform) => ({ provider, platform })),
);

describe.each(cases)('physician and coordinator flows on $platform ($provider)', ({ provider, platform }) => {
  let chat: ChatDriver;
  const clock = new ManualClock(NOW);
  let physician: string;
  let coordinator: string;
  let clinicHead: string;
  let bureau: string;
  const db = () => chat.service.database.db;

  beforeAll(async () => {
    chat = await CHAT_DRIVERS[platform](provider, clock);
    physician = chat.userId('wang');
    coordinator = chat.userId('coord');
    clinicHead = chat.userId('head');
    bureau = chat.userId('bureau');
    await seedRotationWorld(chat.service, chat.platform, { physician, coordinator, clinicHead, bureau }, NOW);
  }, 120_000);
  afterAll(() => chat.stop());
  /** Moves the clock to a local time and runs the jobs due then, as their cron would. */
  const runJobsAt = async (date: string, time: string) => {
    clock.set(zonedInstant(date, time, 'Asia/Shanghai'));
    await chat.service.scheduler?.tick();
    await chat.settle();
  };

  it('tells a stranger how to get registered', async () => {
    const stranger = chat.userId('stranger');
    await chat.say(stranger, '/帮助');
    await chat.settle();
    expect(chat.transcript(stranger)).toContain('/帮助');
  });

  it('shows a physician their record', async () => {
    await chat.say(physician, '/我是谁');
    await chat.settle();
    expect(chat.transcript(physician)).toContain('王医生');
  });

  it('records a typed check-in unverified and says the clinic head confirms it', async () => {
    await chat.say(physician, '/签到');
    await chat.settle();
    const day = await chat.service.database.db.serviceDay.findFirst({ where: { checkInMethod: 'TEXT' } });
    expect(day?.checkInVerification).toBe('UNVERIFIED');
    expect(chat.transcript(physician)).toContain('石门镇卫生院');
    expect(chat.transcript(physician)).toContain('受援单位负责人确认后');
    if (chat.platform === 'DINGTALK') expect(chat.transcript(physician)).toContain('此平台不能发送位置');
  });

  it('raises the typed check-in to 已核验 with a location on Feishu; on DingTalk its receipt links to the page', async () => {
    if (!chat.sendLocation) {
      // DingTalk robots cannot receive locations: the check-in page (定位核验) verifies instead.
      expect(chat.transcript(physician)).toContain('/app/checkin?t=');
      return;
    }
    await chat.sendLocation(physician, { name: '石门镇卫生院', ...offsetPoint(CLINIC_PLACE, 150, 90) });
    await chat.settle();
    const day = await db().serviceDay.findFirst({ where: { checkInMethod: 'TEXT' } });
    expect(day).toMatchObject({ checkInVerification: 'UNVERIFIED', locationVerifiedDistanceM: 150 });
    expect(chat.transcript(physician)).toContain('已升级为已核验');
  });

  it('lets the clinic head confirm the visit with the button on their card', async () => {
    clock.advance(60_000);
    await chat.press(clinicHead, 'visit.confirm');
    await chat.settle();
    const day = await db().serviceDay.findFirst({ where: { checkInMethod: 'TEXT' } });
    expect(day?.confirmationStatus).toBe('CONFIRMED');
  });

  it('lets the clinic head dispute the visit with a reason, typed where the card holds no form', async () => {
    const day = await db().serviceDay.findFirstOrThrow({ where: { checkInMethod: 'TEXT' } });
    if (chat.platform === 'DINGTALK') expect(chat.cards(clinicHead).at(-1)?.text).toContain(`/有异议 ${day.id}`);
    await chat.say(clinicHead, `/有异议 ${day.id} 下午未见到医生`);
    await chat.settle();
    const latest = await db().serviceDayConfirmation.findFirst({
      where: { serviceDayId: day.id },
      orderBy: { id: 'desc' },
    });
    expect(latest).toMatchObject({ status: 'DISPUTED', note: '下午未见到医生' });
    expect(chat.transcript(physician)).toContain('下午未见到医生');
    await chat.say(clinicHead, '/有异议 99999 没来');
    await chat.settle();
    expect(chat.transcript(clinicHead)).toContain('没有编号为 99999 的到岗记录');
    // Changing their mind back with the button keeps the rest of the day's flow as before.
    await chat.press(clinicHead, 'visit.confirm');
    await chat.settle();
    expect(await db().serviceDay.findUnique({ where: { id: day.id } })).toMatchObject({
      confirmationStatus: 'CONFIRMED',
    });
  });

  it('takes the physician’s work log and check-out for the day', async () => {
    await chat.say(physician, '/日志 诊疗12 讲座1');
    await chat.settle();
    expect(await db().workLog.findFirst()).toMatchObject({ patients: 12 });
    clock.advance(4 * 3_600_000);
    await chat.say(physician, '/签退');
    await chat.settle();
    const day = await db().serviceDay.findFirst({ where: { checkInMethod: 'TEXT' } });
    expect(day?.checkOutAt).not.toBeNull();
  });

  it('opens the work-log form from the check-in receipt; where it cannot be filled, it says what to type', async () => {
    await chat.press(physician, 'worklog.open');
    await chat.settle();
    const form = chat.cards(physician).at(-1);
    expect(form?.text).toContain('填写今日工作量');
    if (chat.platform === 'DINGTALK') {
      // The card template has no inputs: no 保存 that would send an empty form, the command instead.
      expect(form?.values.some((v) => v.action === 'worklog.submit')).toBe(false);
      expect(form?.text).toContain('/日志 诊疗23');
    }
  });

  it('asks the physician to confirm an unusual work log on a card, and stores it from the button', async () => {
    await chat.say(physician, '/日志 诊疗300 讲座1');
    await chat.settle();
    expect(await db().workLog.findFirst()).toMatchObject({ patients: 12 });
    await chat.press(physician, 'worklog.confirm');
    await chat.settle();
    expect(await db().workLog.findFirst()).toMatchObject({ patients: 300 });
    expect(chat.cards(physician).at(-1)?.text).toContain('300');
  });

  it('shows the physician their month', async () => {
    await chat.say(physician, '/本月');
    await chat.settle();
    expect(chat.transcript(physician)).toContain('石门镇卫生院');
  });

  it('lets the coordinator assign the physician by name for next month', async () => {
    await chat.say(coordinator, '/指派 王医生 石门镇卫生院 04-02 04-09');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('指派成功');
    expect(await db().assignment.count({ where: { startDate: '2026-04-01' } })).toBe(1);
  });

  it('shows the physician their schedule', async () => {
    await chat.say(physician, '/排班');
    await chat.settle();
    expect(chat.transcript(physician)).toContain('04-09');
  });

  it('lets the coordinator cancel an assignment by its number, telling the physician', async () => {
    const april = await db().assignment.findFirstOrThrow({ where: { startDate: '2026-04-01' } });
    await chat.say(coordinator, `/取消指派 ${april.id}`);
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain(`已取消王医生在石门镇卫生院的指派（#${april.id}`);
    expect(await db().assignment.findUniqueOrThrow({ where: { id: april.id } })).toMatchObject({ status: 'CANCELLED' });
  });

  it('lets the coordinator cancel an assignment from the 取消指派 button on its receipt', async () => {
    await chat.say(coordinator, '/指派 王医生 石门镇卫生院 06-03');
    await chat.settle();
    const june = await db().assignment.findFirstOrThrow({ where: { startDate: '2026-06-01' } });
    await chat.press(coordinator, 'assignment.cancel');
    await chat.settle();
    expect(await db().assignment.findUniqueOrThrow({ where: { id: june.id } })).toMatchObject({ status: 'CANCELLED' });
    expect(chat.transcript(coordinator)).toContain(`已取消王医生在石门镇卫生院的指派（#${june.id}`);
  });

  it('shows the coordinator which clinics were covered', async () => {
    await chat.say(coordinator, '/覆盖 2026-03');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('覆盖');
    expect(chat.transcript(coordinator)).toContain('石门镇卫生院');
  });

  it('lets the coordinator bind a colleague by @-mentioning them in the group', async () => {
    const colleague = chat.userId('zhou');
    const hospital = await db().institution.findFirstOrThrow({ where: { name: '漳平市医院' } });
    await db().person.create({ data: { name: '周医生', phone: '13800138031', homeInstitutionId: hospital.id } });
    await chat.say(coordinator, '/绑定 13800138031', {
      inGroup: true,
      mentions: [{ user: colleague, name: '周医生' }],
    });
    await chat.settle();
    const identity = await db().chatIdentity.findFirst({ where: { platformUserId: colleague } });
    expect(identity?.boundBy).toBe('COORDINATOR');
    expect(chat.groupTranscript()).toContain('周医生');
  });

  it('lets the coordinator reject a 补卡 with a reason, typed where the card holds no form', async () => {
    await chat.say(physician, '/补卡 3月1日 石门镇卫生院 手机没电忘记签到');
    await chat.settle();
    const request = await db().serviceDayCorrection.findFirstOrThrow({ orderBy: { id: 'desc' } });
    if (chat.platform === 'DINGTALK') expect(chat.cards(coordinator).at(-1)?.text).toContain(`/驳回 ${request.id}`);
    await chat.say(coordinator, `/驳回 ${request.id} 请附上当天的门诊登记`);
    await chat.settle();
    expect(await db().serviceDayCorrection.findUnique({ where: { id: request.id } })).toMatchObject({
      status: 'REJECTED',
      decisionNote: '请附上当天的门诊登记',
    });
    expect(chat.transcript(physician)).toContain('请附上当天的门诊登记');
    await chat.say(coordinator, '/驳回 十二');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('请先写补卡审批卡片上的编号');
  });

  it('asks the coordinator to approve a 补卡 and records the approval from the card', async () => {
    await chat.say(physician, '/补卡 3月1日 石门镇卫生院 手机没电忘记签到');
    await chat.settle();
    expect(chat.transcript(physician)).toContain('审批');
    await chat.press(coordinator, 'correction.approve');
    await chat.settle();
    expect(await db().serviceDayCorrection.findFirst({ orderBy: { id: 'desc' } })).toMatchObject({
      status: 'APPROVED',
    });
  });

  it('sends the coordinator the staffing-table template as a file they can open', async () => {
    await chat.say(coordinator, '/模板');
    await chat.settle();
    const [file] = chat.files(coordinator);
    expect(file?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('imports a staffing table the coordinator sends, after a preview confirmed from its card', async () => {
    const table = await officialFormXlsx([
      {
        hospital: '漳平市医院',
        physician: '王医生',
        clinic: '石门镇卫生院',
        month: '2026-05',
        dates: '2026-05-06、2026-05-13',
      },
    ]);
    const notices = () => chat.transcript(physician).match(/新的指派/g)?.length ?? 0;
    const noticesBefore = notices();
    await chat.sendFile(coordinator, '五月人员安排表.xlsx', table);
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('导入预览');
    expect(await db().assignment.count({ where: { startDate: '2026-05-01' } })).toBe(0);
    await chat.press(coordinator, 'import.confirm');
    await chat.settle();
    const may = await db().assignment.findFirstOrThrow({
      where: { startDate: '2026-05-01' },
      include: { plannedDates: { orderBy: { date: 'asc' } } },
    });
    expect(may.plannedDates.map((d) => d.date)).toEqual(['2026-05-06', '2026-05-13']);
    // The physician is told of the new assignment.
    expect(notices()).toBeGreaterThan(noticesBefore);
  });

  it('discards a staffing table the coordinator sends when they press 放弃 on its preview', async () => {
    const table = await officialFormXlsx([
      { hospital: '漳平市医院', physician: '王医生', clinic: '石门镇卫生院', month: '2026-07', dates: '2026-07-08' },
    ]);
    await chat.sendFile(coordinator, '七月人员安排表.xlsx', table);
    await chat.settle();
    await chat.press(coordinator, 'import.discard');
    await chat.settle();
    expect(await db().stagedImport.findFirst({ orderBy: { id: 'desc' } })).toMatchObject({ status: 'DISCARDED' });
    expect(await db().assignment.count({ where: { startDate: '2026-07-01' } })).toBe(0);
  });

  it('gives the hospital coordinator the month summary in their scope', async () => {
    await chat.say(coordinator, '/汇总 2026-03');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('漳平市医院');
  });

  it('lets the bureau grant the bound colleague a role by @-mentioning them', async () => {
    const colleague = chat.userId('zhou');
    await chat.say(bureau, '/授权 医务科 漳平市医院', {
      inGroup: true,
      mentions: [{ user: colleague, name: '周医生' }],
    });
    await chat.settle();
    const person = await db().person.findFirstOrThrow({ where: { name: '周医生' } });
    expect(await db().roleGrant.count({ where: { personId: person.id, role: 'HOSPITAL_COORDINATOR' } })).toBe(1);
    expect(chat.groupTranscript()).toContain('医务科');
  });

  it('lets the bureau revoke that role by @-mentioning the colleague again', async () => {
    const colleague = chat.userId('zhou');
    await chat.say(bureau, '/撤销 医务科 漳平市医院', {
      inGroup: true,
      mentions: [{ user: colleague, name: '周医生' }],
    });
    await chat.settle();
    const person = await db().person.findFirstOrThrow({ where: { name: '周医生' } });
    const grants = await db().roleGrant.findMany({ where: { personId: person.id, role: 'HOSPITAL_COORDINATOR' } });
    expect(grants).toHaveLength(1);
    expect(grants[0]?.revokedAt).not.toBeNull();
  });

  it('lets the coordinator set a target and shows its progress', async () => {
    await chat.say(coordinator, '/目标 诊疗人次 5000');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('已设定 漳平市医院 的目标');
    await chat.say(coordinator, '/进度');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('项目目标进度');
    // The hospital's own target shows, though the program was set up without targets of its own.
    expect(chat.transcript(coordinator)).toContain('本级目标');
    expect(chat.transcript(coordinator)).toContain('5000');
  });

  it('drafts last month’s report for the coordinator and submits it from the card', async () => {
    await chat.say(coordinator, '/月报 2026-02');
    await chat.settle();
    await chat.press(coordinator, 'report.submit');
    await chat.settle();
    expect(await db().reportingObligation.findFirst({ where: { period: '2026-02' } })).toMatchObject({
      status: 'SUBMITTED',
    });
  });

  it('sends the coordinator last month’s report as a workbook', async () => {
    const before = chat.files(coordinator).length;
    await chat.say(coordinator, '/导出 月报 2026-02');
    await chat.settle();
    const file = chat.files(coordinator)[before];
    expect(file?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('sends the report workbook from the 导出 button on the report card too', async () => {
    const before = chat.files(coordinator).length;
    await chat.press(coordinator, 'report.export');
    await chat.settle();
    expect(chat.files(coordinator)[before]?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('shows the coordinator the audit trail of what was done', async () => {
    await chat.say(coordinator, '/审计');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('审计记录');
    expect(chat.transcript(coordinator)).toContain('提交工作量月报');
  });

  it('lets the bureau return the submitted report with a reason, telling the hospital coordinator', async () => {
    await chat.say(bureau, '/退回 漳平市医院 2026-02 诊疗人次与日志不符');
    await chat.settle();
    expect(chat.transcript(bureau)).toContain('已将漳平市医院 2026-02');
    expect(chat.transcript(coordinator)).toContain('诊疗人次与日志不符');
    expect(await db().reportingObligation.findFirst({ where: { period: '2026-02' } })).not.toMatchObject({
      status: 'SUBMITTED',
    });
  });

  it('lists the overdue report for the bureau, whose 催办 reaches the hospital coordinator', async () => {
    clock.set(new Date('2026-04-20T02:00:00Z'));
    // Drafting the month's report opens its obligation, due before the day of the question.
    await chat.say(coordinator, '/月报 2026-03');
    await chat.settle();
    await chat.say(bureau, '/逾期');
    await chat.settle();
    expect(chat.transcript(bureau)).toContain('逾期未报的工作量月报');
    await chat.press(bureau, 'overdue.remind');
    await chat.settle();
    expect(chat.transcript(bureau)).toMatch(/已向 \d+ 人发送催办/);
    expect(chat.transcript(coordinator)).toContain('催办');
  });

  it('nudges the physician at noon to check in and in the evening to log, the nudge opening the form', async () => {
    // 6 May 2026 is a planned visit day of the imported May assignment.
    await runJobsAt('2026-05-06', '12:00');
    expect(chat.transcript(physician)).toContain('您今天还没有');
    clock.set(zonedInstant('2026-05-06', '13:00', 'Asia/Shanghai'));
    // The nudge's 签到 button checks in.
    await chat.press(physician, 'checkin');
    await chat.settle();
    expect(await db().serviceDay.findFirst({ where: { serviceDate: '2026-05-06' } })).toMatchObject({
      checkInMethod: 'CARD_BUTTON',
    });
    await runJobsAt('2026-05-06', '20:00');
    expect(chat.transcript(physician)).toContain('请填写今日');
    const formsBefore = chat.cards(physician).length;
    await chat.press(physician, 'worklog.open');
    await chat.settle();
    // The day's form (DingTalk markdown escapes the date's hyphens).
    expect(chat.cards(physician).slice(formsBefore).at(-1)?.text).toMatch(/2026\W*05\W*06/);
  });

  it('runs the 09:00 deadline ladder: the April report is drafted, then overdue to the hospital and the county', async () => {
    const before = { coordinator: chat.transcript(coordinator).length, bureau: chat.transcript(bureau).length };
    // April's report is due on 2 May (a holiday); the draft comes on the 1st, the escalations on working days.
    for (const day of ['2026-05-01', '2026-05-02', '2026-05-06', '2026-05-07']) await runJobsAt(day, '09:00');
    const toCoordinator = chat.transcript(coordinator).slice(before.coordinator);
    expect(toCoordinator).toContain('2026-04');
    expect(toCoordinator).toContain('以下事项已于 2026-05-02 截止');
    expect(chat.transcript(bureau).slice(before.bureau)).toContain('辖区内以下');
    // Each step once: a second run of the same morning sends nothing new.
    const sent = await db().outboundMessage.count();
    await runJobsAt('2026-05-07', '09:00');
    expect(await db().outboundMessage.count()).toBe(sent);
  });

  it('saves a section of the drafted April report typed, as DingTalk’s card (which holds no form) says', async () => {
    if (chat.platform === 'DINGTALK') expect(chat.transcript(coordinator)).toContain('不能填写表单时');
    await chat.say(coordinator, '/月报 2026-04 存在问题 部分受援单位缺少心电图机');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('已保存');
    await chat.say(coordinator, '/月报 2026-04');
    await chat.settle();
    expect(chat.cards(coordinator).at(-1)?.text).toContain('部分受援单位缺少心电图机');
  });

  it('asks before an early check-out and records the short day from the 确认签退 button', async () => {
    clock.set(zonedInstant('2026-05-13', '09:00', 'Asia/Shanghai'));
    await chat.say(physician, '/签到');
    await chat.settle();
    clock.set(zonedInstant('2026-05-13', '09:30', 'Asia/Shanghai'));
    await chat.say(physician, '/签退');
    await chat.settle();
    const where = { serviceDate: '2026-05-13' };
    expect(await db().serviceDay.findFirstOrThrow({ where })).toMatchObject({ checkOutAt: null });
    expect(chat.transcript(physician)).toContain('不足本项目每天至少');
    await chat.press(physician, 'checkout.short');
    await chat.settle();
    expect((await db().serviceDay.findFirstOrThrow({ where })).checkOutAt).not.toBeNull();
  });

  it('pages the coordinator’s /审计 back with 更早 once there is more than a page', async () => {
    // More of what was audited in the coordinator's scope than a page shows (20): the latest entry, again.
    const {
      id: _id,
      details,
      ...latest
    } = await db().auditLog.findFirstOrThrow({
      where: { action: 'correction.approve' },
    });
    for (let i = 1; i <= 20; i += 1) {
      await appendAuditEntry(db(), { ...latest, details: details ?? {}, at: new Date(latest.at.getTime() + i) });
    }
    await chat.say(coordinator, '/审计');
    await chat.settle();
    const first = chat.cards(coordinator).at(-1)?.text ?? '';
    await chat.press(coordinator, 'audit.more');
    await chat.settle();
    expect(chat.cards(coordinator).at(-1)?.text).not.toBe(first);
  });

  it('lets the bound colleague unbind their own account', async () => {
    const colleague = chat.userId('zhou');
    await chat.say(colleague, '/解绑');
    await chat.settle();
    expect(chat.transcript(colleague)).toContain('已解除 您的账号 与 周医生 的绑定');
    expect(await db().chatIdentity.count({ where: { platformUserId: colleague } })).toBe(0);
  });
});

/** The coordinators' flows over the demo world (regions, hospitals, teams, a year of records), on each platform. */
describe.each(cases)('demo-world coordinator flows on $platform ($provider)', ({ provider, platform }) => {
  let chat: ChatDriver;
  const clock = new ManualClock(WORLD_START);
  const province = DEMO_COORDINATORS.province;
  const county = DEMO_COORDINATORS.county;

  beforeAll(async () => {
    chat = await startDemoChat(platform, provider, clock, (db) =>
      loadDemoTours(db, { today: WORLD_TODAY, timeZone: WORLD_TIME_ZONE }),
    );
    // The survey writes to clinic heads before they write: on Feishu each must be a user the app may write to.
    const { db } = chat.service.database;
    const heads = await db.roleGrant.findMany({ where: { role: 'CLINIC_HEAD' } });
    const identities = await db.chatIdentity.findMany({ where: { personId: { in: heads.map((g) => g.personId) } } });
    for (const { platformUserId } of identities) chat.userId(platformUserId.replace(/^ou_/, ''));
  }, 180_000);
  afterAll(() => chat.stop());

  it('answers /巡回 with every team × county, and a team’s button opens the team', async () => {
    await chat.say(province, '/巡回');
    await chat.settle();
    for (const name of ['连江县', '柘荣县', '漳平市']) expect(chat.transcript(province)).toContain(name);
    await chat.press(province, 'tours.team');
    await chat.settle();
    expect(chat.transcript(province)).toContain('福建省儿童医院 医疗队');
    expect(chat.transcript(province)).toContain('规则检查');
  });

  it('exports the tour summary for the province as a workbook', async () => {
    const before = chat.files(province).length;
    await chat.say(province, '/巡回 导出');
    await chat.settle();
    expect(chat.files(province)[before]?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('drills the province’s /汇总 down to a region and back with the card’s buttons', async () => {
    await chat.say(province, '/汇总');
    await chat.settle();
    const cards = () => chat.cards(province).length;
    const before = cards();
    await chat.press(province, 'summary.drill');
    await chat.settle();
    const drilled = chat.cards(province).at(-1)?.text ?? '';
    await chat.press(province, 'summary.page');
    await chat.settle();
    expect(chat.cards(province).at(-1)?.text).not.toBe(drilled);
    expect(cards()).toBe(before);
  });

  it('draws a /抽查 sample for the county inspector only', async () => {
    await chat.say(county, '/抽查 3 本周');
    await chat.settle();
    expect(chat.transcript(county)).toContain('抽查名单（仅您可见）');
    expect(await chat.service.database.db.auditLog.count({ where: { action: 'spotCheck.draw' } })).toBe(1);
  });

  it('records a spot-check outcome for the inspector (typed where the card holds no form)', async () => {
    if (chat.platform === 'DINGTALK') expect(chat.cards(county).at(-1)?.text).toContain('/抽查 记录 1 在岗');
    await chat.say(county, '/抽查 记录 1 在岗 人在诊室');
    await chat.settle();
    const outcomes = await chat.service.database.db.spotCheckOutcome.findMany();
    expect(outcomes.map((o) => [o.outcome, o.note])).toEqual([['ON_DUTY', '人在诊室']]);
    // The draw card now shows the outcome (updated in place on a press; the typed record answers with it).
    expect(chat.transcript(county)).toContain('人在诊室');
    await chat.say(county, '/抽查 记录 9 在岗');
    await chat.settle();
    expect(chat.transcript(county)).toContain('没有第 9 位');
  });

  it('shows the county inspector the month’s spot-check results by region', async () => {
    const before = chat.transcript(county).length;
    await chat.say(county, '/抽查 结果');
    await chat.settle();
    expect(chat.transcript(county).slice(before)).toContain('抽查结果');
  });

  it('lets the county bureau draw the satisfaction survey and record a call (typed where a card has no form)', async () => {
    await chat.say(county, '/满意度 抽样 3');
    await chat.settle();
    await chat.say(county, '/满意度 记录');
    await chat.settle();
    const forms = chat.cards(county).at(-1);
    expect(forms?.text).toContain('记录回访结果');
    if (chat.platform === 'DINGTALK') expect(forms?.text).toContain('/满意度 记录 1 满意');
    await chat.say(county, '/满意度 记录 1 基本满意 等候时间长');
    await chat.settle();
    const [call] = await chat.service.database.db.surveyCallResult.findMany();
    expect(call).toMatchObject({ result: 'FAIRLY_SATISFIED', note: '等候时间长' });
    await chat.say(county, '/满意度 记录 满意');
    await chat.settle();
    expect(chat.transcript(county)).toContain('请写上序号再写结果');
  });

  it('lets a sampled clinic’s head answer the survey’s contact request with its button', async () => {
    const db = chat.service.database.db;
    const items = await db.surveySampleItem.findMany({ orderBy: { id: 'asc' } });
    const grants = await db.roleGrant.findMany({
      where: { role: 'CLINIC_HEAD', revokedAt: null, institutionId: { in: items.map((i) => i.institutionId) } },
    });
    const identity = await db.chatIdentity.findFirstOrThrow({
      where: { personId: { in: grants.map((g) => g.personId) } },
    });
    await chat.press(identity.platformUserId, 'survey.contact');
    await chat.settle();
    expect(await db.surveySampleItem.count({ where: { contactReply: { not: null } } })).toBeGreaterThan(0);
    expect(chat.transcript(identity.platformUserId)).toContain('2026');
  });

  it('shows the survey’s progress for a year and exports it as a workbook', async () => {
    await chat.say(county, '/满意度 2026');
    await chat.settle();
    expect(chat.transcript(county)).toContain('已拨打 1/3');
    const before = chat.files(county).length;
    await chat.say(county, '/满意度 导出');
    await chat.settle();
    expect(chat.files(county)[before]?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('lists the scheduled jobs and undelivered messages for the administrator', async () => {
    const admin = DEMO_COORDINATORS.admin;
    await chat.say(admin, '/任务');
    await chat.settle();
    expect(chat.transcript(admin)).toContain('定时任务');
    expect(chat.transcript(admin)).toContain('截止与逾期逐级提醒');
  });

  it('shows a physician their service record', async () => {
    const physician = demoOpenId('dr_chen_ming');
    await chat.say(physician, '/我的记录');
    await chat.settle();
    expect(chat.transcript(physician)).toContain('服务记录');
    expect(chat.transcript(physician)).toContain('按受援单位');
  });

  it('sends the physician the record as a workbook from the card’s 导出 button', async () => {
    const physician = demoOpenId('dr_chen_ming');
    const before = chat.files(physician).length;
    await chat.press(physician, 'service-record-export');
    await chat.settle();
    expect(chat.files(physician)[before]?.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('exports the record as a workbook with a code the hospital coordinator verifies with /核验', async () => {
    const physician = demoOpenId('dr_chen_ming');
    const coordinator = DEMO_COORDINATORS.hospital('zhangping_hospital');
    const before = chat.files(physician).length;
    await chat.say(physician, '/我的记录 全部 导出');
    await chat.settle();
    expect(chat.files(physician)[before]?.subarray(0, 2).toString('latin1')).toBe('PK');
    const code = /核验码 ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(chat.transcript(physician))?.[1];
    expect(code).toBeDefined();
    await chat.say(coordinator, `/核验 ${code ?? ''}`);
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('结论：真实，出具后没有任何新增或改动');
  });

  it('lets a tour team’s leader file the day’s site, check in there and record the team’s day', async () => {
    // The leader of 福建省儿童医院's team (连江县, 罗源县); the demo plans no site on the world day.
    const leader = demoOpenId('tour_fj_children');
    await chat.say(leader, `/巡回安排 ${WORLD_TODAY} 连江东岭镇卫生院 义诊`);
    await chat.settle();
    expect(chat.transcript(leader)).toContain(`已安排：${WORLD_TODAY.slice(5)} 在 连江东岭镇卫生院（义诊）`);
    await chat.say(leader, '/签到 连江东岭镇卫生院');
    await chat.settle();
    const { db } = chat.service.database;
    const [program] = await listTourProgramsFrom(db, WORLD_TODAY, ['PROVINCIAL_TEAM_TOUR']);
    const hospital = await findInstitutionByCode(db, demoInstitutionCode('fj_children'));
    const team = await findTeamByKey(db, { programId: program?.id ?? 0, hospitalId: hospital?.id ?? 0 });
    const [second, third] = (team?.members ?? []).slice(1).map((m) => m.person.name);
    await chat.say(leader, `/队日志 在岗 ${second} ${third} 诊疗30 讲座1`);
    await chat.settle();
    expect(chat.transcript(leader)).toContain(`已记录 ${WORLD_TODAY} 在 连江东岭镇卫生院：在岗 2 人，诊疗 30 人次`);
  });

  it('registers the hospital’s written tour summary with /巡回 总结', async () => {
    const coordinator = DEMO_COORDINATORS.hospital('fj_provincial');
    await chat.say(coordinator, '/巡回 总结');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('已登记：福州大学附属省立医院 已报送');
  });

  it('files a tour plan the team’s leader sends as a file, after its preview is confirmed', async () => {
    const leader = demoOpenId('tour_fj_children');
    const file = await planXlsx([
      ['2026-12-14', '连江东岭镇卫生院', '义诊'],
      ['2026-12-15', '连江西坑镇卫生院', '讲座'],
    ]);
    await chat.sendFile(leader, '巡回安排.xlsx', file);
    await chat.settle();
    expect(chat.transcript(leader)).toContain('巡回安排预览');
    await chat.press(leader, 'tours.plan.confirm');
    await chat.settle();
    const shown = () => [chat.transcript(leader), ...chat.cards(leader).map((c) => c.text)].join('\n');
    expect(shown()).toContain('已安排 2 天');
  });

  it('imports an annex-2 roster the hospital coordinator sends, after its preview is confirmed', async () => {
    const coordinator = DEMO_COORDINATORS.hospital('fj_provincial');
    const block = { hospital: '福州大学附属省立医院', filer: '王五', contact: '0591-88888888' };
    const rows = [
      { county: '福安市', name: '郑国强', specialty: '心血管内科', post: '科主任/主任医师', phone: '13900001001' },
      { county: '霞浦县', name: '陈立新', specialty: '呼吸内科', post: '主任医师', phone: '13900001003' },
    ];
    await chat.sendFile(coordinator, '省立医院医疗队名单.xlsx', await annex2Xlsx(block, rows));
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain('医疗队名单预览');
    await chat.press(coordinator, 'tours.roster.confirm');
    await chat.settle();
    const shown = [chat.transcript(coordinator), ...chat.cards(coordinator).map((c) => c.text)].join('\n');
    expect(shown).toContain('名单已导入：福州大学附属省立医院 2 人');
  });

  it('sets up a mobile-hospital tour with /巡回 流动医院, led by a registered member', async () => {
    const year = WORLD_TODAY.slice(0, 4);
    await upsertMobileProgram(chat.service.database.db, year);
    const coordinator = DEMO_COORDINATORS.hospital('fj_provincial');
    // 郑国强 is registered at the hospital by the annex-2 roster the test above imports.
    await chat.say(coordinator, '/巡回 流动医院 闽A·Y0001 连江 郑国强');
    await chat.settle();
    expect(chat.transcript(coordinator)).toContain(
      '已安排：福州大学附属省立医院 第1次流动医院巡诊，车辆 闽A·Y0001，连江县，队长 郑国强',
    );
  });
});

/**
 * One service with both platforms configured, people bound on both: what the scheduler sends reaches
 * each person once, on the platform they last wrote from, and each group on its own platform.
 */
describe.each(testProviders())('reminders and broadcasts with both platforms (%s)', (provider) => {
  let world: BothPlatforms;
  const clock = new ManualClock(zonedInstant('2026-03-01', '09:00', 'Asia/Shanghai'));
  /** 王医生 last writes on DingTalk, 孙医生 on Feishu; 赵院长 (clinic head) subscribes a group on each. */
  const keys = ['wang', 'sun', 'head'] as const;
  const feishu = Object.fromEntries(keys.map((k) => [k, `ou_${k}`])) as Record<(typeof keys)[number], string>;
  const ding = Object.fromEntries(keys.map((k) => [k, `staff_${k}`])) as Record<(typeof keys)[number], string>;
  const db = () => world.service.database.db;
  /** The ledger's rows of a purpose: who got what on which platform. */
  const sent = async (purpose: string) =>
    (await db().outboundMessage.findMany({ where: { purpose }, select: { platform: true, receiveId: true } }))
      .map((row) => `${row.platform}:${row.receiveId}`)
      .sort();
  /** Moves the clock to a local time and runs the jobs due then, as their cron would. */
  const at = async (date: string, time: string) => {
    clock.set(zonedInstant(date, time, 'Asia/Shanghai'));
    await world.service.scheduler?.tick();
    await world.feishu.settle();
  };

  beforeAll(async () => {
    world = await startBothPlatforms(provider, clock);
    for (const key of keys) world.feishu.userId(key);
    const at0 = clock.now();
    await seedRotationWorld(
      world.service,
      'FEISHU',
      { physician: feishu.wang, coordinator: world.feishu.userId('coord'), clinicHead: feishu.head },
      at0,
    );
    const wang = await db().assignment.findFirstOrThrow();
    const sun = await addPerson(db(), '孙医生', null);
    await bindChatIdentity(db(), {
      personId: sun.id,
      platform: 'FEISHU',
      platformUserId: feishu.sun,
      method: 'SEED',
      boundById: null,
    });
    await grantRole(db(), { personId: sun.id, role: 'PHYSICIAN', grantedById: null, at: at0 });
    await createAssignment(db(), {
      programId: wang.programId,
      physicianId: sun.id,
      institutionId: wang.institutionId,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: ['2026-03-02'],
      createdById: null,
      at: at0,
    });
    for (const key of keys) {
      const { personId } = await db().chatIdentity.findFirstOrThrow({ where: { platformUserId: feishu[key] } });
      await bindChatIdentity(db(), {
        personId,
        platform: 'DINGTALK',
        platformUserId: ding[key],
        method: 'SEED',
        boundById: null,
      });
    }
  }, 120_000);
  afterAll(() => world.stop());

  it('records the platform each person last wrote from', async () => {
    await world.feishu.say(feishu.wang, '/我是谁');
    await world.dingtalk.say(ding.wang, '/我是谁');
    await world.dingtalk.say(ding.sun, '/我是谁');
    await world.feishu.say(feishu.sun, '/我是谁');
    await world.feishu.settle();
    const last = await db().person.findMany({
      where: { name: { in: ['王医生', '孙医生'] } },
      orderBy: { name: 'asc' },
    });
    expect(last.map((p) => [p.name, p.lastPlatform])).toEqual(
      expect.arrayContaining([
        ['王医生', 'DINGTALK'],
        ['孙医生', 'FEISHU'],
      ]),
    );
    expect(world.feishu.transcript(feishu.sun)).toContain('孙医生');
    expect(world.dingtalk.transcript(ding.wang)).toContain('王医生');
  });

  it('subscribes a group on each platform to the clinic’s schedule', async () => {
    await world.feishu.say(feishu.head, '/订阅 排班', { inGroup: true });
    await world.dingtalk.say(ding.head, '/订阅 排班', { inGroup: true });
    await world.feishu.settle();
    expect(await db().groupSubscription.count()).toBe(2);
  });

  it('sends the evening and the morning duty reminders once each, on the platform last used', async () => {
    await at('2026-03-01', '18:00');
    await at('2026-03-02', '07:30');
    const physicians = [`DINGTALK:${ding.wang}`, `FEISHU:${feishu.sun}`];
    // The evening one also goes to the clinic head, about who comes.
    const evening = await sent('reminder:duty-reminder-evening');
    expect(evening.filter((to) => !to.endsWith('_head'))).toEqual(physicians);
    expect(await sent('reminder:duty-reminder-morning')).toEqual(physicians);
    // What the platforms received: each physician's reminders in one chat, none in the other.
    expect(world.dingtalk.transcript(ding.wang)).toContain('明天');
    expect(world.feishu.transcript(feishu.wang)).not.toContain('明天');
    expect(world.feishu.transcript(feishu.sun)).toContain('明天');
    expect(world.dingtalk.transcript(ding.sun)).not.toContain('明天');
  });

  it('broadcasts the week’s visits to each subscribed group on its own platform', async () => {
    const groups = [world.feishu, world.dingtalk];
    // Subscribing showed the week then (no visits); Monday's card lists the physicians coming.
    for (const chat of groups) expect(chat.groupTranscript()).not.toContain('孙医生');
    await at('2026-03-02', '08:00');
    for (const chat of groups) {
      expect(chat.groupTranscript()).toContain('本周专家坐诊安排');
      expect(chat.groupTranscript()).toContain('孙医生');
    }
    expect(new Set(await sent(WEEKLY_VISITS_PURPOSE))).toEqual(
      new Set(['FEISHU:oc_rotation', 'DINGTALK:cid_rotation']),
    );
  });

  it('unsubscribes the Feishu group only: the DingTalk group keeps its subscription', async () => {
    await world.feishu.say(feishu.head, '/退订 排班', { inGroup: true });
    await world.feishu.settle();
    const left = await listSubscriptionsForTopic(db(), 'SCHEDULE');
    expect(left.map((s) => s.group.platform)).toEqual(['DINGTALK']);
  });

  it('raises a check-in typed on DingTalk to 已核验 with a location sent on Feishu', async () => {
    clock.set(zonedInstant('2026-03-02', '09:00', 'Asia/Shanghai'));
    await world.dingtalk.say(ding.wang, '/签到');
    await world.dingtalk.settle();
    await world.feishu.sendLocation?.(feishu.wang, { name: '石门镇卫生院', ...offsetPoint(CLINIC_PLACE, 150, 90) });
    await world.feishu.settle();
    const wang = await db().person.findFirstOrThrow({ where: { name: '王医生' } });
    const day = await db().serviceDay.findFirstOrThrow({ where: { physicianId: wang.id } });
    expect(day).toMatchObject({ checkInMethod: 'TEXT', locationVerifiedDistanceM: 150 });
    expect(world.feishu.transcript(feishu.wang)).toContain('已升级为已核验');
  });

  it('follows the platform a person chose with /接收平台 over the one they last used', async () => {
    await world.dingtalk.say(ding.wang, '/接收平台 飞书');
    await world.feishu.say(world.feishu.userId('coord'), '/指派 王医生 石门镇卫生院 04-02 04-09');
    await world.feishu.settle();
    expect((await sent('assignment.created')).filter((to) => to.endsWith('_wang'))).toEqual([`FEISHU:${feishu.wang}`]);
  });
});
