import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Without Chromium they are skipped with a loud line — except in CI
 * (`CI=true`), where `.ci/run` installs it with apt, so a missing browser fails the run; only where apt
 * itself is missing (`.ci/run` then sets `CHROMIUM_UNAVAILABLE`) may CI skip them, loudly.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const line = `浏览器测试已跳过：未找到 ${CHROMIUM}（apt-get install chromium）/ browser tests SKIPPED: no Chromium at ${CHROMIUM}`;
  if (process.env.CI === 'true' && !process.env.CHROMIUM_UNAVAILABLE) throw new Error(`${line} — CI must run them`);
  console.warn(`\n!!! ${line}\n`);
  return false;
}

/** Flags that work in containers and offline; a fresh profile per launch. */
export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'checkin-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: browserEnvironment(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's environment without libfaketime: a suite run under a faked clock (to prove it does not depend
 * on the hour) must not slow Chromium's own timers to a crawl; the page reads its time from the service anyway.
 */
function browserEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'LD_PRELOAD' && !key.startsWith('FAKETIME')) env[key] = value;
  }
  return env;
}

/**
 * Where screenshots go: `docs/` when `UPDATE_SCREENSHOTS=1` asks to refresh the README's pictures, otherwise a
 * temporary folder, so an ordinary test run leaves the working tree clean.
 */
export function screenshotFolder(): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? 'docs' : mkdtempSync(join(tmpdir(), 'checkin-shots-'));
}

/** What the page shows after the big button: the state card's title, readout and message. */
export async function pressAndRead(
  page: Page,
): Promise<{ kind: string; title: string; readout: string; message: string }> {
  await page.click('#go');
  await page.waitForSelector('#state:not(.hidden)', { timeout: 15_000 });
  return page.$eval('#state', (el) => ({
    kind: el.className.replace(/card|state/g, '').trim(),
    title: el.querySelector('#st-title')?.textContent ?? '',
    readout: el.querySelector('#st-readout')?.textContent ?? '',
    message: el.querySelector('#st-msg')?.textContent ?? '',
  }));
}

/**
 * Stubs of the platforms' JSAPI, installed before the page's script runs (as the in-app browser
 * injects its bridge). `position` is what getLocation reports; `code` what requestAuthCode gives.
 */
export function jsapiStub(
  platform: 'feishu' | 'dingtalk',
  position: { latitude: number; longitude: number; accuracy: number; type?: 'wgs84' | 'gcj02' },
  code = '',
): string {
  const stub = { platform, position, code };
  return `(() => {
    const s = ${JSON.stringify(stub)};
    window.__jsapiCalls = [];
    const log = (name, arg) => window.__jsapiCalls.push({ name, arg });
    if (s.platform === 'feishu') {
      window.h5sdk = { config: (o) => { log('h5sdk.config', o); o.onSuccess && o.onSuccess(); }, ready: (f) => setTimeout(f, 0) };
      window.tt = {
        getLocation: (o) => { log('tt.getLocation', { type: o.type, accuracy: o.accuracy }); setTimeout(() => o.success(s.position), 10); },
        requestAuthCode: (o) => { log('tt.requestAuthCode', { appId: o.appId }); setTimeout(() => o.success({ code: s.code }), 10); },
      };
    } else {
      window.dd = {
        config: (o) => log('dd.config', o),
        ready: (f) => setTimeout(f, 0),
        runtime: { permission: { requestAuthCode: (o) => { log('dd.runtime.permission.requestAuthCode', { corpId: o.corpId }); setTimeout(() => o.onSuccess({ code: s.code }), 10); } } },
        device: { geolocation: { get: (o) => { log('dd.device.geolocation.get', { coordinate: o.coordinate }); setTimeout(() => o.onSuccess(s.position), 10); } } },
      };
    }
  })();`;
}
