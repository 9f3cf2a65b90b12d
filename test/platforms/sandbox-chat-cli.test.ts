import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.js';
import { sandboxRoutes } from '../../src/platforms/sandbox/routes.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { testRegistry } from '../core/fixtures/test-registry.js';

describe('npm run chat', () => {
  let bot: BotHarness;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    bot = await createBotHarness({ registry: testRegistry().registry });
    const log = pino({ level: 'silent' });
    server = createHttpApp([sandboxRoutes({ core: bot.core, adapter: bot.adapter, log })], log).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await bot.close();
  });

  it('talks to the service: commands, cards as text, buttons by number, /退出', { timeout: 90_000 }, async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts', '--as', 'ou_cli_test', '--url', url], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const waitFor = async (text: string) => {
      const deadline = Date.now() + 20_000;
      while (!output.includes(text)) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${text}; output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

    await waitFor('沙盒聊天');
    child.stdin.write('/ping 你好\n');
    await waitFor('巡诊助手 ▸ pong 你好');
    child.stdin.write('/卡片\n');
    await waitFor('[1] 七号');
    child.stdin.write('1\n');
    await waitFor('选了 7');
    expect(output).toContain('卡片已更新');
    child.stdin.write('/退出\n');
    expect(await exited).toBe(0);
    expect(output).toContain('再见');
  });
});
