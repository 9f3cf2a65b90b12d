import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../../src/config/env.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { listReadingsOfServiceDay } from '../../src/db/queries/location-readings.js';
import { dingtalkSettingsOf } from '../../src/platforms/dingtalk/config.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { dingtalkJsapiSignatureValid } from '../emulator/dingtalk/index.js';
import { DING_APP, DING_H5, startDingtalkHarness, type DingtalkHarness } from '../dingtalk/harness.js';
import { testProviders } from '../support/db.js';
import { CLINIC, DOOR_GCJ02, PAGE_USERS, seedPageWorld, wangsLink } from './page-world.js';

const DATE = '2026-03-02';
const USERS = PAGE_USERS.DINGTALK;

describe('DingTalk H5 settings', () => {
  it('need both the corpId and the AgentId, or neither', () => {
    const base = { DINGTALK_CLIENT_ID: 'a', DINGTALK_CLIENT_SECRET: 'b' };
    expect(dingtalkSettingsOf(loadEnv(base))?.h5).toBeUndefined();
    expect(dingtalkSettingsOf(loadEnv({ ...base, ...DING_H5 }))?.h5).toEqual({
      corpId: 'dingcorp0001',
      agentId: '3000001',
    });
    expect(() => dingtalkSettingsOf(loadEnv({ ...base, DINGTALK_AGENT_ID: '3000001' }))).toThrow(ConfigError);
  });
});

describe.each(testProviders())('the check-in page inside DingTalk (%s)', (provider) => {
  let harness: DingtalkHarness;
  let world: Awaited<ReturnType<typeof seedPageWorld>>;
  const clock = new ManualClock(zonedInstant(DATE, '09:00', 'Asia/Shanghai'));
  const mint = () => wangsLink(harness.service.checkinLinks, world, 'DINGTALK');
  const tokenOf = (url: string) => new URL(url).searchParams.get('t') ?? '';
  const codeFor = (userId: string) => harness.emulator.state.issueAuthCode(userId);
  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(`${harness.service.url}/app/checkin/reading`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ accuracy: 15, source: 'DINGTALK_JSAPI', ...DOOR_GCJ02, ...body }),
    });
    return (await res.json()) as { kind: string; title: string; message: string; readout?: string };
  };

  beforeAll(async () => {
    harness = await startDingtalkHarness({
      provider,
      mode: 'http',
      clock,
      env: { ...DING_H5, SCHEDULER_ENABLED: 'false' },
    });
    world = await seedPageWorld(
      harness.service.database.db,
      clock,
      DATE,
      (userId, name) => harness.emulator.state.users.set(userId, { userId, unionId: `union_${userId}`, name }),
      'DINGTALK',
    );
  });
  afterAll(() => harness.stop());

  it('signs dd.config for the exact page URL with the jsapi ticket, as the DingTalk client checks it', async () => {
    const url = mint();
    const html = await (await fetch(url)).text();
    const config = JSON.parse(/<script id="cfg" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as {
      login: string;
      dingtalk: { appId: string; corpId: string; timestamp: number; nonceStr: string; signature: string };
    };
    expect(config.login).toBe('DINGTALK');
    const { appId, corpId, timestamp, nonceStr, signature } = config.dingtalk;
    expect({ appId, corpId }).toEqual({ appId: '3000001', corpId: DING_APP.corpId });
    expect(dingtalkJsapiSignatureValid(DING_APP, url, { timeStamp: timestamp, nonceStr, signature })).toBe(true);
    expect(dingtalkJsapiSignatureValid(DING_APP, `${url}x`, { timeStamp: timestamp, nonceStr, signature })).toBe(false);
    expect(harness.emulator.state.calls.filter((c) => c.path === '/get_jsapi_ticket')).toMatchObject([
      { path: '/get_jsapi_ticket', status: 200 },
    ]);
  });

  it('a forwarded link records nothing: no login code, or the code of another account, is refused', async () => {
    const t = tokenOf(mint());
    expect(await post({ t })).toMatchObject({ kind: 'REFUSED', title: '请在应用内打开' });
    expect(await post({ t, code: codeFor(USERS.zhao) })).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
    expect(await post({ t, code: 'made-up-code' })).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
    expect(await harness.service.database.db.locationReading.count()).toBe(0);
    expect(await findServiceDay(world.db, world.physicianId, world.clinicId, DATE)).toBeNull();
  });

  it("the owner's code checks in, device-verified; a login code works once", async () => {
    const code = codeFor(USERS.wang);
    const done = await post({ t: tokenOf(mint()), code });
    expect(done).toMatchObject({
      kind: 'DONE',
      title: '已签到（设备定位核验）',
      readout: `距 ${CLINIC.name} 约 0 米，精度 15 米`,
    });
    const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
    expect(day).toMatchObject({ checkInMethod: 'DEVICE', checkInVerification: 'VERIFIED' });
    expect(await listReadingsOfServiceDay(world.db, day?.id ?? 0)).toMatchObject([
      { source: 'DINGTALK_JSAPI', coordinateSystem: 'GCJ02', verdict: 'WITHIN_FENCE' },
    ]);
    expect(await post({ t: tokenOf(mint()), code })).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
    await harness.settle();
    expect(harness.emulator.state.textsTo(USERS.wang).join('\n')).toContain(CLINIC.name);
  });
});
