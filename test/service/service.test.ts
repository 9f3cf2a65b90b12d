import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../../src/config/env.js';
import { startService } from '../../src/service.js';
import { systemClock } from '../../src/time/clock.js';
import { APP, memoryLogger } from '../feishu/support.js';
import { testProviders } from '../support/db.js';
import { startServiceHarness, type ServiceHarness } from '../support/service-harness.js';

describe.each(testProviders())('the service from the outside (%s)', (provider) => {
  let harness: ServiceHarness;
  beforeAll(async () => {
    harness = await startServiceHarness({ provider });
  });
  afterAll(() => harness.stop());

  it('starts on an empty database (migrations at start) and reports health', async () => {
    const response = await fetch(`${harness.service.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', version: expect.any(String), database: { provider, ok: true } });
    expect(body.dispatcher).toEqual({ backlog: 0 });
    expect(harness.logs.some((l) => l.msg.includes('migrations applied'))).toBe(true);
  });

  it('answers a text command through Feishu, once, and counts it in /metrics', async () => {
    const { messageId, status } = await harness.sendText('ou_service_zhang', '/帮助');
    expect(status).toBe(200);
    await harness.settle();
    const replies = harness.repliesTo(messageId);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain('帮助');
    const metrics = await (await fetch(`${harness.service.url}/metrics`)).text();
    expect(metrics).toMatch(/bot_events_received_total\{platform="FEISHU",kind="text"\} 1/);
    expect(metrics).toMatch(/bot_outbound_sends_total\{platform="FEISHU",outcome="sent"\} 1/);
  });

  it('gets a reply through a 429 and two 5xx to the user exactly once', async () => {
    harness.emulator.faults.next('reply', 1, { kind: 'rate_limit', resetSec: 1 });
    harness.emulator.faults.next('reply', 2, { kind: 'server_error' });
    const { messageId } = await harness.sendText('ou_service_wang', '/帮助');
    await harness.settle(20_000);
    expect(harness.repliesTo(messageId)).toHaveLength(1);
    const metrics = await (await fetch(`${harness.service.url}/metrics`)).text();
    expect(metrics).toMatch(/bot_outbound_sends_total\{platform="FEISHU",outcome="rate_limited"\} 1/);
    expect(metrics).toMatch(/bot_outbound_sends_total\{platform="FEISHU",outcome="retryable"\} 2/);
  });

  it('answers an unknown command with a hint in Chinese', async () => {
    const { messageId } = await harness.sendText('ou_service_zhang', '/不存在的命令');
    await harness.settle();
    const [reply] = harness.repliesTo(messageId);
    expect(reply).toContain('/帮助');
  });

  it('refuses a forged push with 401 and acts on nothing', async () => {
    const before = harness.emulator.state.sent.length;
    const { messageReceiveEvent } = await import('../emulator/feishu/index.js');
    const envelope = messageReceiveEvent(APP, {
      sender: { open_id: 'ou_service_li' },
      chat: { chat_id: 'oc_service_li', chat_type: 'p2p' },
      body: { type: 'text', text: '/帮助' },
    });
    const result = await harness.pusher.push(harness.eventUrl, envelope, { forgeSignature: true, once: true });
    expect(result.attempts[0]?.status).toBe(401);
    await harness.settle();
    expect(harness.emulator.state.sent).toHaveLength(before);
  });
});

describe('starting the service', () => {
  it('refuses webhook mode without the encrypt key, naming the variable', async () => {
    const env = loadEnv({ FEISHU_APP_ID: APP.appId, FEISHU_APP_SECRET: APP.appSecret, FEISHU_VERIFICATION_TOKEN: 'x' });
    const start = startService({ env, clock: systemClock, log: memoryLogger().log, port: 0 });
    await expect(start).rejects.toBeInstanceOf(ConfigError);
    await expect(start).rejects.toThrow(/FEISHU_ENCRYPT_KEY/);
  });

  it('npm start serves /healthz with no set-up and stops gracefully on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crb-start-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('src/main.ts')], {
      cwd: process.cwd(),
      env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(dir, 'bot.db')}`, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    try {
      let health: Response | undefined;
      for (let i = 0; i < 200 && !health?.ok; i++) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
        if (!health?.ok) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(health?.status).toBe(200);
      expect(output).toContain('FEISHU_APP_ID');
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('service stopped');
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('npm start prints one line naming a bad variable and exits 1', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'file:./data/never-created.db' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      '配置错误 / configuration error: PORT — 应为 / expected: a port number from 1 to 65535',
    ]);
  });
});
