import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { listReadingsOfServiceDay, serviceDaysWithDeviceVerification } from '../../src/db/queries/location-readings.js';
import { listServiceDayFacts } from '../../src/db/queries/workload-facts.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { jsapiTicketOf, messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { testProviders } from '../support/db.js';
import { clockedPusher, startServiceHarness, type ServiceHarness } from '../support/service-harness.js';
import { CLINIC, DOOR_GCJ02, northOfClinic, seedPageWorld } from './page-world.js';
import { isVerifiedDay } from '../../src/coordinator/workload-figures.js';

const DATE = '2026-03-02';

describe.each(testProviders())('the check-in page over HTTP (%s)', (provider) => {
  let harness: ServiceHarness;
  let world: Awaited<ReturnType<typeof seedPageWorld>>;
  const clock = new ManualClock(zonedInstant(DATE, '09:00', 'Asia/Shanghai'));
  const mint = (purpose: 'CHECK_IN' | 'CHECK_OUT' = 'CHECK_IN') =>
    harness.service.checkinLinks.mint({
      personId: world.physicianId,
      purpose,
      platform: 'FEISHU',
      userId: 'ou_page_wang',
    });
  const tokenOf = (url: string) => new URL(url).searchParams.get('t') ?? '';
  const codeFor = (openId: string) => harness.emulator.state.issueAuthCode(APP.appId, openId);
  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(`${harness.service.url}/app/checkin/reading`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accuracy: 15, source: 'FEISHU_JSAPI', ...DOOR_GCJ02, ...body }),
    });
    return {
      status: res.status,
      body: (await res.json()) as { kind: string; title: string; message: string; readout?: string },
    };
  };
  const readingsCount = () => harness.service.database.db.locationReading.count();

  beforeAll(async () => {
    harness = await startServiceHarness({ provider, clock });
    world = await seedPageWorld(harness.service.database.db, clock, DATE, (openId, name) =>
      harness.emulator.state.addUser({ open_id: openId, name }),
    );
  });
  afterAll(() => harness.stop());

  it("serves a small page naming the physician and today's clinic, with the JSAPI config signed for its URL", async () => {
    const url = mint();
    const res = await fetch(url);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
    expect(html).toContain('王医生');
    expect(html).toContain(`今日计划：${CLINIC.name}`);
    expect(html).not.toMatch(/<script[^>]+src=/);
    const config = JSON.parse(/<script id="cfg" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as {
      feishu: { appId: string; timestamp: number; nonceStr: string; signature: string };
      login: string;
    };
    expect(config.login).toBe('FEISHU');
    const { appId, timestamp, nonceStr, signature } = config.feishu;
    expect(appId).toBe(APP.appId);
    const plain = `jsapi_ticket=${jsapiTicketOf(APP.appId)}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url}`;
    expect(signature).toBe(createHash('sha1').update(plain).digest('hex'));
  });

  it("refuses a reading without the in-app login code, or with another account's code: nothing recorded", async () => {
    const t = tokenOf(mint());
    expect((await post({ t })).body).toMatchObject({ kind: 'REFUSED', title: '请在应用内打开' });
    const forwarded = await post({ t, code: codeFor('ou_page_zhao') });
    expect(forwarded.body).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
    expect(await readingsCount()).toBe(0);
    expect(await findServiceDay(world.db, world.physicianId, world.clinicId, DATE)).toBeNull();
  });

  it('says 精度不足 when the accuracy circle is larger than the fence, records the reading, keeps the link', async () => {
    const t = tokenOf(mint());
    const poor = await post({ t, code: codeFor('ou_page_wang'), accuracy: 800 });
    expect(poor.body).toMatchObject({
      kind: 'RETRY',
      title: '精度不足',
      readout: `距 ${CLINIC.name} 约 0 米，精度 800 米`,
    });
    const outside = await post({
      t,
      code: codeFor('ou_page_wang'),
      system: 'WGS84',
      source: 'BROWSER',
      ...northOfClinic(1200),
      accuracy: 20,
    });
    expect(outside.body).toMatchObject({
      kind: 'RETRY',
      title: '不在受援单位范围内',
      readout: `距 ${CLINIC.name} 约 1.2 公里，精度 20 米`,
    });
    expect(await readingsCount()).toBe(2);
    expect(await findServiceDay(world.db, world.physicianId, world.clinicId, DATE)).toBeNull();

    const inside = await post({ t, code: codeFor('ou_page_wang') });
    expect(inside.body).toMatchObject({
      kind: 'DONE',
      title: '已签到（设备定位核验）',
      readout: `距 ${CLINIC.name} 约 0 米，精度 15 米`,
    });
    const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
    expect(day).toMatchObject({ checkInMethod: 'DEVICE', checkInVerification: 'VERIFIED', checkInAccuracyM: 15 });
    const readings = await listReadingsOfServiceDay(world.db, day?.id ?? 0);
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({
      verdict: 'WITHIN_FENCE',
      coordinateSystem: 'GCJ02',
      source: 'FEISHU_JSAPI',
      distanceM: 0,
    });
    await harness.settle();
    const receipts = harness.emulator.state.sent.filter(
      (m) => m.userOpenId === 'ou_page_wang' || m.receiveId === 'ou_page_wang',
    );
    expect(receipts.length).toBeGreaterThan(0);

    const replay = await post({ t, code: codeFor('ou_page_wang') });
    expect(replay.body).toMatchObject({ kind: 'REFUSED', title: '链接已使用' });
    const page = await (await fetch(`${harness.service.url}/app/checkin?t=${t}`)).text();
    expect(page).toContain('链接已使用');
  });

  it('refuses an expired link and an altered one on the page and on a reading', async () => {
    const url = mint('CHECK_OUT');
    clock.advance(16 * 60_000);
    expect(await (await fetch(url)).text()).toContain('链接已过期');
    expect((await post({ t: tokenOf(url), code: codeFor('ou_page_wang') })).body.title).toBe('链接已过期');
    const altered = `${tokenOf(mint())}x`;
    expect((await post({ t: altered, code: codeFor('ou_page_wang') })).body.title).toBe('链接无效');
  });

  it('checks out through the page, device-verified', async () => {
    clock.advance(3 * 60 * 60_000);
    const out = await post({ t: tokenOf(mint('CHECK_OUT')), code: codeFor('ou_page_wang'), accuracy: 30 });
    expect(out.body).toMatchObject({ kind: 'DONE', title: '已签退（设备定位核验）' });
    const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
    expect(day).toMatchObject({ checkOutMethod: 'DEVICE', checkOutVerification: 'VERIFIED', checkOutAccuracyM: 30 });
    expect(await listReadingsOfServiceDay(world.db, day?.id ?? 0)).toHaveLength(2);
  });

  it('a text /签到 is recorded 未核验, its reply offers the page, and the page raises the day to 设备定位核验', async () => {
    clock.advance(21 * 60 * 60_000);
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: 'ou_page_wang' },
        chat: { chat_id: harness.emulator.state.p2pChat(APP.appId, 'ou_page_wang').chat_id, chat_type: 'p2p' },
        body: { type: 'text', text: '/签到' },
      },
      { at: clock.now().getTime() },
    );
    await clockedPusher(harness, clock).push(harness.eventUrl, envelope);
    await harness.settle();
    const [receipt] = harness.repliesTo(envelope.event.message.message_id);
    expect(receipt).toContain('未核验（未发送位置）');
    const verifyUrl =
      /"content":"用定位核验"\},"type":"primary","behaviors":\[\{"type":"open_url","default_url":"([^"]+)"/.exec(
        receipt ?? '',
      )?.[1];
    expect(verifyUrl).toContain('/app/checkin?t=');
    const day = await findServiceDay(world.db, world.physicianId, world.clinicId, '2026-03-03');
    expect(day).toMatchObject({ checkInMethod: 'TEXT', checkInVerification: 'UNVERIFIED' });

    const up = await post({ t: tokenOf(verifyUrl ?? ''), code: codeFor('ou_page_wang') });
    expect(up.body).toMatchObject({ kind: 'DONE', title: '已升级为设备定位核验' });
    const after = await findServiceDay(world.db, world.physicianId, world.clinicId, '2026-03-03');
    // The check points stay as written; the state model's upgrade marks the day 已核验 (only goes up).
    expect(after).toMatchObject({
      checkInMethod: 'TEXT',
      checkInVerification: 'UNVERIFIED',
      checkInAt: day?.checkInAt,
      locationVerifiedSourceId: expect.stringMatching(/^event:page:/) as string,
    });
    expect(after?.locationVerifiedAt).toBeInstanceOf(Date);
    expect(await serviceDaysWithDeviceVerification(world.db, [day?.id ?? 0])).toEqual(new Set([day?.id]));
    const facts = await listServiceDayFacts(world.db, {
      scope: { all: true, regionPaths: [], supportingInstitutionIds: [], within: {} },
      from: '2026-03-03',
      to: '2026-03-03',
    });
    expect(facts.map((f) => [f.evidence, isVerifiedDay(f)])).toEqual([['DEVICE', true]]);
  });
});
