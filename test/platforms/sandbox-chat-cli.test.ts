import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.js';
import { sandboxRoutes } from '../../src/platforms/sandbox/routes.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import type { CommandDefinition } from '../../src/core/context.js';
import { testRegistry } from '../core/fixtures/test-registry.js';

/** Commands of the second test: a file back, the mentions seen, a card whose button asks y/n. */
const extra: CommandDefinition[] = [
  {
    name: '导出测试',
    aliases: [],
    summaryKey: 'test.export.summary',
    usageKey: 'test.export.usage',
    audience: ['ANYONE'],
    run: (ctx) => ctx.replyFile('月报.xlsx', Buffer.from('xlsx bytes')),
  },
  {
    name: '提及',
    aliases: [],
    summaryKey: 'test.mention.summary',
    usageKey: 'test.mention.usage',
    audience: ['ANYONE'],
    run: (ctx, args) => ctx.reply(`mentioned ${args.mentions.map((m) => m.userId).join(',')}`),
  },
  {
    name: '确认卡',
    aliases: [],
    summaryKey: 'test.confirm.summary',
    usageKey: 'test.confirm.usage',
    audience: ['ANYONE'],
    run: (ctx) =>
      ctx.replyCard({
        title: '确认',
        elements: [
          {
            kind: 'actions',
            buttons: [
              { text: '删除', action: 'test.pick', value: { id: 9 }, confirm: { title: '确定？', text: '删除' } },
            ],
          },
        ],
      }),
  },
];

describe('npm run chat', () => {
  let bot: BotHarness;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const { registry } = testRegistry();
    bot = await createBotHarness({ registry: { ...registry, commands: [...(registry.commands ?? []), ...extra] } });
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
    const { child, waitFor, exited, output } = startChat(['--as', 'ou_cli_test', '--url', url]);
    await waitFor('沙盒聊天');
    child.stdin.write('/ping 你好\n');
    await waitFor('巡诊助手 ▸ pong 你好');
    child.stdin.write('/卡片\n');
    await waitFor('[1] 七号');
    child.stdin.write('1\n');
    await waitFor('选了 7');
    expect(output()).toContain('卡片已更新');
    child.stdin.write('/退出\n');
    expect(await exited).toBe(0);
    expect(output()).toContain('再见');
  });

  it(
    'saves files, sends files, mentions, presses an earlier card, and a command cancels a y/n question',
    { timeout: 90_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'crb-chat-'));
      const upload = path.join(dir, '人员表.csv');
      writeFileSync(upload, '姓名\n王医生\n');
      const { child, waitFor, exited } = startChat([
        '--as',
        'ou_cli_two',
        '--url',
        url,
        '--files',
        path.join(dir, 'out'),
      ]);
      await waitFor('沙盒聊天');

      child.stdin.write('/导出测试\n');
      await waitFor('已保存 / saved: ');
      expect(readFileSync(path.join(dir, 'out', '月报.xlsx'), 'utf8')).toBe('xlsx bytes');

      child.stdin.write(`:文件 ${upload}\n`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await bot.settle();
      expect(bot.adapter.uploadedFiles().some((f) => f.fileName === '人员表.csv')).toBe(true);

      child.stdin.write('/提及 @ou_someone_else\n');
      await waitFor('mentioned ou_someone_else');

      child.stdin.write('/卡片\n');
      await waitFor('卡片 #1');
      child.stdin.write('/确认卡\n');
      await waitFor('卡片 #2');
      child.stdin.write('1\n');
      await waitFor('确定？');
      child.stdin.write('/ping 还在\n');
      await waitFor('已取消');
      await waitFor('pong 还在');
      child.stdin.write('#1.1\n');
      await waitFor('选了 7');

      child.stdin.write('/退出\n');
      expect(await exited).toBe(0);
    },
  );
});

/** Starts `npm run chat` with `args`; `waitFor` resolves once the output holds a text (20 s at most). */
function startChat(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/chat.ts', ...args], {
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
  return { child, waitFor, exited, output: () => output };
}
