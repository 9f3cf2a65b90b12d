import pino from 'pino';
import type { ImportCliDeps } from '../../src/coordinator/staffing-table/command-line.js';
import { createNotifier } from '../../src/core/create-context.js';
import type { BotHarness, HarnessMessage } from './bot-harness.js';

/** What `npm run import` runs with inside a test: the harness's database, clock and adapter; output kept. */
export function importCliDeps(bot: BotHarness): ImportCliDeps & { output: string[] } {
  const notifier = createNotifier(
    {
      db: bot.db,
      clock: bot.clock,
      dispatcher: { wake: () => undefined },
      config: { locale: 'zh-CN', timeZone: 'Asia/Shanghai' },
    },
    bot.adapter,
    pino({ level: 'silent' }),
  );
  const output: string[] = [];
  return { db: bot.db, notifier, print: (line) => output.push(line), output };
}

/** Sends a file as `as` in their private chat and returns the bot's last reply there. */
export async function sendFile(
  bot: BotHarness,
  as: string,
  fileName: string,
  content: Buffer,
): Promise<HarnessMessage> {
  await bot.file({ as, fileName, content });
  await bot.settle();
  const last = bot.lastMessage(bot.p2p(as));
  if (!last) throw new Error('no reply');
  return last;
}
