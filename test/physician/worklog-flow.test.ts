import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getWorkLogWithHistory } from '../../src/db/queries/work-logs.js';
import { testProviders } from '../support/db.js';
import { buildAttendanceWorld, HEAD, WANG, type AttendanceWorld } from './attendance-world.js';
import { checkedIn, pressAction } from './worklog-support.js';

describe.each(testProviders())('/日志 on %s', (provider) => {
  let world: AttendanceWorld;
  const say = async (text: string, as = WANG) => {
    await world.bot.send({ as, text });
    await world.bot.settle();
    return world.lastReply(as);
  };
  const logCount = () => world.bot.db.workLog.count();
  const revisionCount = () => world.bot.db.workLogRevision.count();

  beforeEach(async () => {
    world = await buildAttendanceWorld(provider);
    world.at('2026-03-02', '17:00');
  });
  afterEach(() => world.bot.close());

  it('refuses without a check-in today and stores nothing', async () => {
    await checkedIn(world, '2026-03-01');
    const reply = await say('/日志 诊疗23');
    expect(reply).toContain('您今天还没有签到');
    expect(reply).toContain('/签到');
    expect(await logCount()).toBe(0);
  });

  it('refuses someone who is not a physician', async () => {
    const reply = await say('/日志 诊疗23', HEAD);
    expect(reply).toContain('只有支援医师可以使用');
    expect(await logCount()).toBe(0);
  });

  it('stores the log, echoes every figure with the non-zero ones first, and keeps an edit in history', async () => {
    const day = await checkedIn(world, '2026-03-02');
    const first = await say('/日志 诊疗23 特殊人群5 上门2 讲座1 培训12 查房1 病例讨论1 远程2');
    expect(first).toContain('已保存今日日志（石门镇卫生院，2026-03-02）');
    expect(first).toContain('诊疗人次：23');
    expect(first).toContain('远程会诊：2');
    expect(first.indexOf('远程会诊：2')).toBeLessThan(first.indexOf('手术带教：0'));
    expect(first).toContain('远程影像：0');

    const second = await say('／日志 诊疗：３０，备注 下午加诊');
    expect(second).toContain('已更新今日日志（第 2 版，石门镇卫生院，2026-03-02）');
    expect(second).toContain('诊疗人次：30');
    expect(second).toContain('讲座：1');
    expect(second).toContain('备注：下午加诊');

    const log = await getWorkLogWithHistory(world.bot.db, day.id);
    expect(log?.version).toBe(2);
    expect(log?.revisions.map((r) => (r.values as { patients: number }).patients)).toEqual([23, 30]);
  });

  it('accepts the English alias and key=value forms', async () => {
    await checkedIn(world, '2026-03-02');
    expect(await say('/log patients=12 lectures:1')).toContain('诊疗人次：12');
    expect(await say('/工作量 education 40')).toContain('健康宣教：40');
  });

  it('answers invalid input with what was wrong and the usage, and stores nothing', async () => {
    await checkedIn(world, '2026-03-02');
    const reply = await say('/日志 诊了23 讲座-1 培训2.5');
    expect(reply).toContain('这条日志没有保存');
    expect(reply).toContain('您是不是想写“诊疗”');
    expect(reply).toContain('“讲座”不能是负数');
    expect(reply).toContain('“培训人次”要填整数');
    expect(reply).toContain('用法');
    expect(await logCount()).toBe(0);
  });

  it('refuses an impossible value outright', async () => {
    await checkedIn(world, '2026-03-02');
    const reply = await say('/日志 诊疗1001 讲座1');
    expect(reply).toContain('超过一天可能的上限 1000');
    expect(await logCount()).toBe(0);
  });

  describe('an implausible value', () => {
    beforeEach(async () => {
      await checkedIn(world, '2026-03-02');
      await say('/日志 诊疗300 讲座1');
    });
    const card = () => world.bot.lastMessage(world.bot.p2p(WANG));
    const button = (text: string) => {
      const found = card()?.buttons.find((b) => b.text === text);
      if (!found) throw new Error(`no button ${text}`);
      return found;
    };

    it('asks for confirmation and stores nothing yet', async () => {
      expect(card()?.text).toContain('请确认工作量');
      expect(card()?.text).toContain('诊疗人次：300（通常不超过 200）');
      expect(await logCount()).toBe(0);
    });

    it('is stored once confirmed', async () => {
      await world.bot.press(button('确认保存'));
      await world.bot.settle();
      expect(card()?.text).toContain('日志已保存');
      expect(card()?.text).toContain('诊疗人次：300');
      expect(card()?.buttons).toEqual([]);
      expect(await logCount()).toBe(1);
      expect(await revisionCount()).toBe(1);
    });

    it('stores nothing when cancelled', async () => {
      await world.bot.press(button('取消'));
      await world.bot.settle();
      expect(card()?.text).toContain('已取消');
      expect(await logCount()).toBe(0);
    });

    it('stores nothing when another physician presses it', async () => {
      await world.bot.person({ name: '李医生', openId: 'ou_li', roles: ['PHYSICIAN'] });
      await world.bot.press(button('确认保存'), { as: 'ou_li' });
      await world.bot.settle();
      expect(world.lastReply('ou_li')).toContain('这不是您的服务日');
      expect(await logCount()).toBe(0);
    });

    it('does not overwrite a log written after the card', async () => {
      const confirm = button('确认保存');
      await say('/日志 诊疗40');
      await world.bot.press(confirm);
      await world.bot.settle();
      expect(world.lastReply()).toContain('这张卡片已过期');
      expect(await revisionCount()).toBe(1);
    });

    it('cannot be confirmed once the log window of the day has closed', async () => {
      const confirm = button('确认保存');
      world.at('2026-03-13', '00:01');
      await world.bot.press(confirm);
      await world.bot.settle();
      expect(world.lastReply()).toContain('只能在之后 10 天内补填（截至 2026-03-12）');
      expect(await logCount()).toBe(0);
    });
  });

  it('asks which clinic after check-ins at two, and takes @clinic', async () => {
    await checkedIn(world, '2026-03-02');
    const other = await checkedIn(world, '2026-03-02', { clinic: world.otherClinic, time: '13:00' });
    expect(await say('/日志 诊疗3')).toContain('请注明填写哪一家');
    expect(await logCount()).toBe(0);
    expect(await say('/日志 @双洋 诊疗3')).toContain('已保存今日日志（双洋镇卫生院');
    expect((await getWorkLogWithHistory(world.bot.db, other.id))?.patients).toBe(3);
    expect(await say('/日志 @城关 诊疗3')).toContain('您今天没有在“城关”签到');
    expect(await say('/日志 双洋镇卫生院 诊疗4 备注 与@张院长 义诊')).toContain('备注：与@张院长 义诊');
  });

  it('fills the form card and stores through the same checks', async () => {
    const day = await checkedIn(world, '2026-03-02');
    await say('/日志 诊疗5');
    await pressAction(world, WANG, 'worklog.open', { serviceDayId: day.id });
    await world.bot.settle();
    const form = world.bot.lastMessage(world.bot.p2p(WANG));
    expect(form?.text).toContain('填写今日工作量');
    expect(form?.text).toContain('诊疗人次：5');
    const submit = form?.buttons.find((b) => b.action === 'worklog.submit');
    if (!submit) throw new Error('no submit button');

    await world.bot.press(submit, { form: { patients: '-2' } });
    await world.bot.settle();
    expect(world.lastReply()).toContain('“诊疗人次”不能是负数');
    expect(await revisionCount()).toBe(1);

    await world.bot.press(submit, { form: { patients: '８', lectures: '1', note: '义诊' } });
    await world.bot.settle();
    expect(world.lastReply()).toContain('已更新今日日志（第 2 版');
    expect(world.lastReply()).toContain('诊疗人次：8');
    expect(world.lastReply()).toContain('备注：义诊');
  });

  it('opens the form from the check-in receipt', async () => {
    world.at('2026-03-02', '09:00');
    await say('/签到 石门卫生院');
    const receipt = world.bot.lastMessage(world.bot.p2p(WANG));
    const open = receipt?.buttons.find((b) => b.action === 'worklog.open');
    if (!open) throw new Error('no work-log button on the receipt');
    await world.bot.press(open);
    await world.bot.settle();
    expect(world.lastReply()).toContain('填写今日工作量');
    expect(world.lastReply()).toContain('石门镇卫生院 · 2026-03-02');
  });
});
