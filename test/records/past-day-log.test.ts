import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureReportingObligation } from '../../src/db/queries/reporting.js';
import { getWorkLogWithHistory } from '../../src/db/queries/work-logs.js';
import { logWindow } from '../../src/records/log-window.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, WANG, type AttendanceWorld } from '../physician/attendance-world.js';
import { checkedIn, pressAction } from '../physician/worklog-support.js';

describe('logWindow', () => {
  const base = { serviceDate: '2026-03-02', pastLogDays: 10, reportSubmitted: false };
  it('is open today and for the program’s days after, until the month’s report is submitted', () => {
    expect(logWindow({ ...base, today: '2026-03-02' })).toEqual({ open: true, past: false });
    expect(logWindow({ ...base, today: '2026-03-12' })).toEqual({ open: true, past: true });
    expect(logWindow({ ...base, today: '2026-03-13' })).toEqual({
      open: false,
      reason: 'TOO_OLD',
      lastDay: '2026-03-12',
    });
    expect(logWindow({ ...base, today: '2026-03-05', reportSubmitted: true })).toMatchObject({
      open: false,
      reason: 'REPORT_SUBMITTED',
    });
    expect(logWindow({ ...base, today: '2026-03-01' })).toMatchObject({ open: false, reason: 'FUTURE' });
  });
});

describe.each(testProviders())('logging a past day (%s)', (provider) => {
  let w: AttendanceWorld;
  const say = async (text: string) => {
    await w.bot.send({ as: WANG, text });
    await w.bot.settle();
    return w.lastReply();
  };
  beforeEach(async () => {
    w = await buildAttendanceWorld(provider);
    w.at('2026-03-04', '20:00');
  });
  afterEach(() => w.bot.close());

  it('/日志 12-03 style and /日志 昨天 log a past day the physician served, edits keeping history', async () => {
    const day = await checkedIn(w, '2026-03-02');
    const yesterday = await checkedIn(w, '2026-03-03');
    expect(await say('/日志 03-02 诊疗10 讲座1')).toContain('已补填 2026-03-02 的日志（石门镇卫生院）');
    expect(await say('/日志 3月2日 诊疗12')).toContain('已更新 2026-03-02 的日志（第 2 版');
    const log = await getWorkLogWithHistory(w.bot.db, day.id);
    expect(log).toMatchObject({ patients: 12, lectures: 1, version: 2 });
    expect(log?.revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(await say('/日志 昨天 诊疗5')).toContain('2026-03-03');
    expect((await getWorkLogWithHistory(w.bot.db, yesterday.id))?.patients).toBe(5);
  });

  it('refuses a day without a record, pointing to 补卡, and a future day', async () => {
    expect(await say('/日志 03-01 诊疗10')).toContain('/补卡 2026-03-01');
    expect(await say('/日志 今天 诊疗10')).toContain('您今天还没有签到');
    expect(await w.bot.db.workLog.count()).toBe(0);
  });

  it('refuses outside the window: too old, or once the month’s report is submitted', async () => {
    await checkedIn(w, '2026-03-02');
    w.at('2026-03-13', '09:00');
    const late = await say('/日志 03-02 诊疗10');
    expect(late).toContain('只能在之后 10 天内补填');
    expect(late).toContain('医务科');
    w.at('2026-03-05', '09:00');
    const obligation = await ensureReportingObligation(
      w.bot.db,
      { programId: w.program.id, institutionId: w.fixture.hospital.id, kind: 'MONTHLY_WORKLOAD', period: '2026-03' },
      '2026-04-02',
    );
    await w.bot.db.reportingObligation.update({ where: { id: obligation.id }, data: { status: 'SUBMITTED' } });
    expect(await say('/日志 03-02 诊疗10')).toContain('2026-03 的工作量月报已经提交');
    expect(await w.bot.db.workLog.count()).toBe(0);
  });

  it('the 催办 reminder’s button opens the form for that day, and the form stores it', async () => {
    const day = await checkedIn(w, '2026-03-02');
    await pressAction(w, WANG, 'worklog.open', { serviceDayId: day.id });
    await w.bot.settle();
    const form = w.bot.outbox(w.bot.p2p(WANG)).at(-1);
    expect(form?.text).toContain('2026-03-02');
    const submit = form?.buttons.find((b) => b.action === 'worklog.submit');
    if (!submit) throw new Error('no submit button on the form');
    await w.bot.press(submit, { form: { patients: '7' } });
    await w.bot.settle();
    expect(w.lastReply()).toContain('已补填 2026-03-02 的日志');
    expect((await getWorkLogWithHistory(w.bot.db, day.id))?.patients).toBe(7);
  });
});
