import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { loadEnv } from '../../src/config/env.js';
import { findServiceDay } from '../../src/db/queries/service-days.js';
import { startService, type RunningService } from '../../src/service.js';
import { ManualClock } from '../../src/time/clock.js';
import { zonedInstant } from '../../src/time/local.js';
import { dingtalkJsapiSignatureValid } from '../emulator/dingtalk/index.js';
import { DING_APP, DING_H5, startDingtalkHarness, type DingtalkHarness } from '../dingtalk/harness.js';
import { APP, memoryLogger } from '../feishu/support.js';
import { createEmptyDatabase } from '../support/db.js';
import { startServiceHarness, type ServiceHarness } from '../support/service-harness.js';
import { browserAvailable, jsapiStub, launchChromium, pressAndRead, screenshotFolder } from './browser-support.js';
import { CLINIC, DOOR_GCJ02, PAGE_USERS, northOfClinic, seedPageWorld, wangsLink } from './page-world.js';

const DATE = '2026-03-02';
const SHOTS = screenshotFolder();
const run = browserAvailable();

/**
 * The check-in page in a real browser (Debian's headless Chromium through puppeteer-core), 320 px wide,
 * with the position overridden: the W3C geolocation path against a sandbox-only service (the link
 * alone identifies, as for `npm run chat`), and each platform's JSAPI stubbed in front of a service
 * with the Feishu app configured (login code required). Screenshots of the states go to docs/ with
 * `UPDATE_SCREENSHOTS=1`.
 */
describe.runIf(run)('the check-in page in Chromium', () => {
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    chromium = await launchChromium();
    browser = chromium.browser;
  });
  afterAll(() => chromium?.close());

  /** A 320 px phone-sized page, geolocation granted (or not) for the service's origin. */
  async function phone(origin: string, grant = true): Promise<Page> {
    const context = await browser.createBrowserContext();
    await context.overridePermissions(origin, grant ? ['geolocation'] : []);
    const page = await context.newPage();
    await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 1 });
    return page;
  }

  describe('in a plain browser (sandbox service: navigator.geolocation, no platform login)', () => {
    let service: RunningService;
    let drop: () => Promise<void>;
    let world: Awaited<ReturnType<typeof seedPageWorld>>;
    const clock = new ManualClock(zonedInstant(DATE, '09:00', 'Asia/Shanghai'));
    const mint = (purpose: 'CHECK_IN' | 'CHECK_OUT' = 'CHECK_IN') =>
      service.checkinLinks.mint({ personId: world.physicianId, purpose, platform: 'FEISHU', userId: 'ou_page_wang' });

    beforeAll(async () => {
      const database = await createEmptyDatabase('sqlite');
      drop = database.drop;
      const env = loadEnv({ DATABASE_URL: database.url, SCHEDULER_ENABLED: 'false', LOG_LEVEL: 'silent' });
      service = await startService({ env, clock, log: memoryLogger().log, port: 0, host: '127.0.0.1' });
      world = await seedPageWorld(service.database.db, clock, DATE);
    });
    afterAll(async () => {
      await service?.stop();
      await drop?.();
    });

    it('is readable at 320 px with one big button, and says 精度不足 for a wide accuracy circle', async () => {
      const page = await phone(service.url);
      await page.setGeolocation({ ...northOfClinic(100), accuracy: 900 });
      await page.goto(mint());
      await page.screenshot({ path: `${SHOTS}/checkin-page-open.png` });
      const layout = (await page.evaluate(`({
        scrollWidth: document.documentElement.scrollWidth,
        button: document.getElementById('go').getBoundingClientRect().height,
        fontSize: parseFloat(getComputedStyle(document.body).fontSize),
      })`)) as { scrollWidth: number; button: number; fontSize: number };
      expect(layout.scrollWidth).toBeLessThanOrEqual(320);
      expect(layout.button).toBeGreaterThanOrEqual(64);
      expect(layout.fontSize).toBeGreaterThanOrEqual(16);
      const poor = await pressAndRead(page);
      expect(poor).toMatchObject({
        kind: 'RETRY',
        title: '精度不足',
        readout: `距 ${CLINIC.name} 约 100 米，精度 900 米`,
      });
      expect(await page.$eval('#go', (b) => b.textContent)).toBe('重新定位');
      await page.screenshot({ path: `${SHOTS}/checkin-page-poor-accuracy.png` });
      await page.close();
    });

    it('outside the fence: 不在受援单位范围内 with the distance; nothing recorded', async () => {
      const page = await phone(service.url);
      await page.setGeolocation({ ...northOfClinic(2300), accuracy: 25 });
      await page.goto(mint());
      const outside = await pressAndRead(page);
      expect(outside).toMatchObject({
        kind: 'RETRY',
        title: '不在受援单位范围内',
        readout: `距 ${CLINIC.name} 约 2.3 公里，精度 25 米`,
      });
      await page.screenshot({ path: `${SHOTS}/checkin-page-outside.png` });
      expect(await findServiceDay(world.db, world.physicianId, world.clinicId, DATE)).toBeNull();
      await page.close();
    });

    it('permission denied: explains how to grant it on Android and iOS; nothing recorded', async () => {
      const page = await phone(service.url, false);
      await page.goto(mint());
      const denied = await pressAndRead(page);
      expect(denied.title).toBe('没有定位权限');
      expect(denied.message).toContain('安卓：设置 → 应用 → 浏览器 → 权限 → 位置信息');
      expect(denied.message).toContain('iPhone：设置 → 隐私与安全性 → 定位服务');
      await page.screenshot({ path: `${SHOTS}/checkin-page-permission-denied.png`, fullPage: true });
      expect(await service.database.db.locationReading.count()).toBe(2);
      await page.close();
    });

    it('inside the fence: 已签到（设备定位核验）, recorded once; the same link again is 链接已使用', async () => {
      const page = await phone(service.url);
      await page.setGeolocation({ ...northOfClinic(120), accuracy: 15 });
      const url = mint();
      await page.goto(url);
      const done = await pressAndRead(page);
      expect(done).toMatchObject({
        kind: 'DONE',
        title: '已签到（设备定位核验）',
        readout: `距 ${CLINIC.name} 约 120 米，精度 15 米`,
      });
      expect(await page.$eval('#go', (b) => b.classList.contains('hidden'))).toBe(true);
      await page.screenshot({ path: `${SHOTS}/checkin-page-checked-in.png` });
      const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
      expect(day).toMatchObject({ checkInMethod: 'DEVICE', checkInVerification: 'VERIFIED', checkInDistanceM: 120 });
      await page.goto(url);
      expect(await page.$eval('#st-title', (e) => e.textContent)).toBe('链接已使用');
      await page.close();
    });

    it('an expired link gets a clear page and no button', async () => {
      const url = mint('CHECK_OUT');
      clock.advance(16 * 60_000);
      const page = await phone(service.url);
      await page.goto(url);
      expect(await page.$eval('#st-title', (e) => e.textContent)).toBe('链接已过期');
      expect(await page.$('#go')).toBeNull();
      await page.screenshot({ path: `${SHOTS}/checkin-page-expired.png` });
      await page.close();
    });

    it('DingTalk: reads the position through dd.device.geolocation.get (GCJ-02) and checks out', async () => {
      clock.advance(3 * 60 * 60_000);
      const page = await phone(service.url);
      await page.evaluateOnNewDocument(jsapiStub('dingtalk', { ...DOOR_GCJ02, accuracy: 18 }));
      await page.goto(mint('CHECK_OUT'));
      const done = await pressAndRead(page);
      expect(done).toMatchObject({
        kind: 'DONE',
        title: '已签退（设备定位核验）',
        readout: `距 ${CLINIC.name} 约 0 米，精度 18 米`,
      });
      const calls = (await page.evaluate('window.__jsapiCalls')) as { name: string; arg: unknown }[];
      expect(calls).toContainEqual({ name: 'dd.device.geolocation.get', arg: { coordinate: 1 } });
      const reading = await service.database.db.locationReading.findFirst({ orderBy: { id: 'desc' } });
      expect(reading).toMatchObject({ source: 'DINGTALK_JSAPI', coordinateSystem: 'GCJ02', verdict: 'WITHIN_FENCE' });
      await page.close();
    });
  });

  describe('inside Feishu (JSAPI stubbed; the service exchanges the login code with the emulator)', () => {
    let harness: ServiceHarness;
    let world: Awaited<ReturnType<typeof seedPageWorld>>;
    const clock = new ManualClock(zonedInstant(DATE, '09:00', 'Asia/Shanghai'));
    const mint = () => wangsLink(harness.service.checkinLinks, world, 'FEISHU');

    beforeAll(async () => {
      harness = await startServiceHarness({ provider: 'sqlite', clock, env: { SCHEDULER_ENABLED: 'false' } });
      world = await seedPageWorld(harness.service.database.db, clock, DATE, (openId, name) =>
        harness.emulator.state.addUser({ open_id: openId, name }),
      );
    });
    afterAll(() => harness?.stop());

    it('a forwarded link: another account opens it in Feishu; refused, nothing recorded', async () => {
      const page = await phone(harness.service.url);
      const code = harness.emulator.state.issueAuthCode(APP.appId, 'ou_page_zhao');
      await page.evaluateOnNewDocument(jsapiStub('feishu', { ...DOOR_GCJ02, accuracy: 12 }, code));
      await page.goto(mint());
      const refused = await pressAndRead(page);
      expect(refused).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
      await page.screenshot({ path: `${SHOTS}/checkin-page-forwarded.png` });
      expect(await harness.service.database.db.locationReading.count()).toBe(0);
      expect(await findServiceDay(world.db, world.physicianId, world.clinicId, DATE)).toBeNull();
      await page.close();
    });

    it('the owner: h5sdk.config signed, tt.getLocation (best, GCJ-02) and requestAuthCode; checked in', async () => {
      const page = await phone(harness.service.url);
      const code = harness.emulator.state.issueAuthCode(APP.appId, 'ou_page_wang');
      await page.evaluateOnNewDocument(jsapiStub('feishu', { ...DOOR_GCJ02, accuracy: 12 }, code));
      await page.goto(mint());
      const done = await pressAndRead(page);
      expect(done).toMatchObject({
        kind: 'DONE',
        title: '已签到（设备定位核验）',
        readout: `距 ${CLINIC.name} 约 0 米，精度 12 米`,
      });
      const calls = (await page.evaluate('window.__jsapiCalls')) as { name: string; arg: Record<string, unknown> }[];
      const config = calls.find((c) => c.name === 'h5sdk.config')?.arg;
      expect(config).toMatchObject({ appId: APP.appId, jsApiList: ['getLocation', 'requestAuthCode'] });
      expect(String(config?.signature)).toMatch(/^[0-9a-f]{40}$/);
      expect(calls).toContainEqual({ name: 'tt.getLocation', arg: { type: 'gcj02', accuracy: 'best' } });
      expect(calls).toContainEqual({ name: 'tt.requestAuthCode', arg: { appId: APP.appId } });
      const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
      expect(day).toMatchObject({ checkInMethod: 'DEVICE', checkInVerification: 'VERIFIED' });
      await page.close();
    });

    it("takes the coordinate system Feishu says it answered in (getLocation's `type`), not the one asked for", async () => {
      const page = await phone(harness.service.url);
      const code = harness.emulator.state.issueAuthCode(APP.appId, 'ou_page_wang');
      await page.evaluateOnNewDocument(
        jsapiStub('feishu', { ...northOfClinic(100), accuracy: 12, type: 'wgs84' }, code),
      );
      await page.goto(mint());
      // 100 m north in WGS-84 is inside the 500 m fence; taken as GCJ-02 it would be 648 m off, outside.
      expect(await pressAndRead(page)).toMatchObject({
        kind: 'DONE',
        readout: `距 ${CLINIC.name} 约 100 米，精度 12 米`,
      });
      const reading = await harness.service.database.db.locationReading.findFirst({ orderBy: { id: 'desc' } });
      expect(reading).toMatchObject({ coordinateSystem: 'WGS84', source: 'FEISHU_JSAPI', verdict: 'WITHIN_FENCE' });
      await page.close();
    });
  });

  describe('inside DingTalk (dd stubbed; the service signs dd.config and exchanges the login code)', () => {
    let harness: DingtalkHarness;
    let world: Awaited<ReturnType<typeof seedPageWorld>>;
    const clock = new ManualClock(zonedInstant(DATE, '09:00', 'Asia/Shanghai'));
    const users = PAGE_USERS.DINGTALK;
    const mint = () => wangsLink(harness.service.checkinLinks, world, 'DINGTALK');

    beforeAll(async () => {
      harness = await startDingtalkHarness({
        provider: 'sqlite',
        mode: 'http',
        clock,
        env: { ...DING_H5, SCHEDULER_ENABLED: 'false' },
      });
      world = await seedPageWorld(harness.service.database.db, clock, DATE, undefined, 'DINGTALK');
    });
    afterAll(() => harness?.stop());

    it('a forwarded link: another DingTalk account opens it; refused, nothing recorded', async () => {
      const page = await phone(harness.service.url);
      const code = harness.emulator.state.issueAuthCode(users.zhao);
      await page.evaluateOnNewDocument(jsapiStub('dingtalk', { ...DOOR_GCJ02, accuracy: 12 }, code));
      await page.goto(mint());
      expect(await pressAndRead(page)).toMatchObject({ kind: 'REFUSED', title: '不是您的链接' });
      expect(await harness.service.database.db.locationReading.count()).toBe(0);
      await page.close();
    });

    it('the owner: dd.config signed for the page, requestAuthCode with the corpId; checked in', async () => {
      const page = await phone(harness.service.url);
      const code = harness.emulator.state.issueAuthCode(users.wang);
      await page.evaluateOnNewDocument(jsapiStub('dingtalk', { ...DOOR_GCJ02, accuracy: 12 }, code));
      const url = mint();
      await page.goto(url);
      expect(await pressAndRead(page)).toMatchObject({ kind: 'DONE', title: '已签到（设备定位核验）' });
      const calls = (await page.evaluate('window.__jsapiCalls')) as { name: string; arg: Record<string, unknown> }[];
      const config = calls.find((c) => c.name === 'dd.config')?.arg as
        | {
            agentId: string;
            corpId: string;
            timeStamp: number;
            nonceStr: string;
            signature: string;
            jsApiList: string[];
          }
        | undefined;
      expect(config).toMatchObject({ agentId: DING_H5.DINGTALK_AGENT_ID, corpId: DING_APP.corpId, type: 0 });
      expect(config?.jsApiList).toEqual(['device.geolocation.get', 'runtime.permission.requestAuthCode']);
      expect(config && dingtalkJsapiSignatureValid(DING_APP, url, config)).toBe(true);
      expect(calls).toContainEqual({ name: 'dd.runtime.permission.requestAuthCode', arg: { corpId: DING_APP.corpId } });
      const day = await findServiceDay(world.db, world.physicianId, world.clinicId, DATE);
      expect(day).toMatchObject({ checkInMethod: 'DEVICE', checkInVerification: 'VERIFIED' });
      await page.close();
    });
  });
});
