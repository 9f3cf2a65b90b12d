import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listChainLinks } from '../../src/db/queries/record-chain.js';
import { saveWorkLog } from '../../src/db/queries/work-logs.js';
import { ManualClock } from '../../src/time/clock.js';
import { DEMO_COORDINATORS, WORLD_START } from '../support/coordinator-world.js';
import { testProviders } from '../support/db.js';
import { addFeishuPerson, type ServiceHarness } from '../support/service-harness.js';
import { startDemoSession, type FeishuSession } from './feishu-session.js';

const HR = 'ou_title_office';
const CODE = /核验码 ([A-Z0-9]{4}-[A-Z0-9]{4})/;

/**
 * Issue #17 part 1 "Verifiable", from outside: an export carries a code; `/核验` says authentic, lists
 * what the service appended since, and notices rows and links edited in the database behind its back.
 */
describe.each(testProviders())('/核验 of an issued service record through the Feishu service (%s)', (provider) => {
  let harness: ServiceHarness;
  let session: FeishuSession;
  /** The demo physician of 漳平市医院 with the most service days, and their open_id. */
  let chenId: number;
  let CHEN: string;
  const clock = new ManualClock(WORLD_START);

  beforeAll(async () => {
    ({ harness, session } = await startDemoSession(provider, clock));
    const db = harness.service.database.db;
    const [busiest] = await db.serviceDay.groupBy({
      by: ['physicianId'],
      where: { physician: { homeInstitution: { name: '漳平市医院' } } },
      _count: { id: true },
      orderBy: { _count: { id: 'desc' } },
      take: 1,
    });
    chenId = busiest?.physicianId ?? 0;
    const identity = await db.chatIdentity.findFirst({ where: { personId: chenId, platform: 'FEISHU' } });
    CHEN = identity?.platformUserId ?? '';
    await addFeishuPerson(harness, {
      name: '职称办王',
      openId: HR,
      phone: '13900000017',
      role: 'TITLE_OFFICE',
      at: clock.now(),
    });
  }, 120_000);
  afterAll(() => harness.stop());

  const db = () => harness.service.database.db;
  const issue = async () => {
    const reply = await session.say(CHEN, '/我的记录 全部 导出');
    const code = CODE.exec(reply)?.[1] ?? '';
    expect(code).not.toBe('');
    return code;
  };
  const daysOfChen = () => db().serviceDay.findMany({ where: { physicianId: chenId }, orderBy: { id: 'asc' } });

  it('prints the code on the export and finds the record authentic', async () => {
    const code = await issue();
    const workbook = await session.lastWorkbook(CHEN);
    expect(JSON.stringify(workbook.getWorksheet('封面')?.getSheetValues())).toContain(code);
    const reply = await session.say(HR, `/核验 ${code.toLowerCase().replace('-', '')}`);
    expect(reply).toContain('漳平市医院');
    expect(reply).toContain('结论：真实，出具后没有任何新增或改动');
  });

  it('lists what the service appended since, and appends race-free', async () => {
    const code = await issue();
    const days = await daysOfChen();
    expect(days.length).toBeGreaterThan(3);
    // Logs written at once for several days: the head row serializes the appends.
    await Promise.all(
      days.map((day) =>
        saveWorkLog(db(), { serviceDayId: day.id, values: { lectures: 1 }, authorId: chenId, at: clock.now() }),
      ),
    );
    const links = await listChainLinks(db(), chenId);
    expect(links.map((link) => link.seq)).toEqual(links.map((_, index) => index + 1));
    const reply = await session.say(DEMO_COORDINATORS.hospital('zhangping_hospital'), `/核验 ${code}`);
    expect(reply).toContain(`出具后经系统新增 ${days.length} 条记录`);
    expect(reply).toContain('日志 #');
  });

  it('notices a day edited in the database behind the service', async () => {
    const code = await issue();
    const [day] = await daysOfChen();
    await db().$executeRawUnsafe(`UPDATE service_days SET check_in_distance_m = 12 WHERE id = ${day?.id ?? 0}`);
    const reply = await session.say(HR, `/核验 ${code}`);
    expect(reply).toContain('记录已被改动');
    expect(reply).toContain(`服务日 #${day?.id} 的内容被改动或删除`);
  });

  it('notices a chain link deleted and a row inserted behind the service', async () => {
    const code = await issue();
    await db().$executeRawUnsafe(`DELETE FROM record_chain_links WHERE physician_id = ${chenId} AND seq = 2`);
    const reply = await session.say(HR, `/核验 ${code}`);
    expect(reply).toContain('记录链在第 2 环断开');
  });

  it('answers an unknown code politely, and refuses a physician', async () => {
    expect(await session.say(HR, '/核验 AAAA-BBBB')).toContain('没有核验码为“AAAA-BBBB”的服务记录');
    expect(await session.say(CHEN, '/核验 AAAA-BBBB')).not.toContain('结论');
  });

  it('prints the hospital’s chain heads in the monthly report export', async () => {
    const hospital = DEMO_COORDINATORS.hospital('zhangping_hospital');
    await session.say(hospital, '/导出 月报 上月');
    const workbook = await session.lastWorkbook(hospital);
    const sheet = JSON.stringify(workbook.getWorksheet('记录链')?.getSheetValues());
    const head = await db().recordChainHead.findUnique({ where: { physicianId: chenId } });
    expect(head?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(sheet).toContain(head?.hash ?? 'missing');
  });
});
