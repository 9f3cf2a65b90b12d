/**
 * `npm run chat -- --as <open_id or demo name> [--url http://127.0.0.1:3000] [--group <chat id>]`:
 * talk to the running service as a demo person, without a Feishu tenant. Messages go through the
 * sandbox routes, so through the same core, ledger and dispatcher as Feishu's.
 *
 * In the chat: type commands as in Feishu (`/帮助`, `签到` …); a number presses that button of the
 * latest card; `:位置 <纬度> <经度> [精度米]` (`:loc`) sends a location; `:菜单 <key>` (`:menu`) clicks a
 * bot menu item; `/退出` (`/exit`) quits. In a group (`--group`), @-mention the bot: `@巡诊助手 /帮助`.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { toHalfWidth } from '../core/command-parser.js';
import type { SandboxInput } from '../platforms/sandbox/input.js';
import type { SandboxMessage } from '../platforms/sandbox/outbox.js';
import type { SandboxButton } from '../platforms/sandbox/render-card-text.js';
import { sandboxP2pChatId } from '../platforms/sandbox/adapter.js';
import { formatBotMessage } from './chat/format.js';
import { resolveSandboxUser } from './chat/resolve-user.js';
import { SandboxClient } from './chat/sandbox-client.js';

const { values } = parseArgs({
  options: {
    as: { type: 'string' },
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? '3000'}` },
    group: { type: 'string' },
  },
});

if (!values.as) {
  console.error(
    '用法 / usage: npm run chat -- --as <open_id 或演示人员姓名> [--url http://127.0.0.1:3000] [--group <群 id>]',
  );
  process.exit(2);
}
const resolved = resolveSandboxUser(values.as);
if (resolved.kind !== 'one') {
  const detail =
    resolved.kind === 'ambiguous'
      ? `有多位“${values.as}”，请改用 open_id：\n${resolved.candidates.map((p) => `  ${p.openId}`).join('\n')}`
      : `找不到演示人员“${values.as}”。请用姓名或 open_id（ou_demo_…），先运行 npm run seed:demo 载入演示数据。`;
  console.error(detail);
  process.exit(2);
}

const user = resolved.openId;
const chatId = values.group ?? sandboxP2pChatId(user);
const client = new SandboxClient(values.url);
const rl = createInterface({ input: process.stdin, output: process.stdout });
const PROMPT = `${resolved.name ?? user} > `;
rl.setPrompt(PROMPT);

let lastCard: SandboxMessage | undefined;
let pendingAnswer: ((line: string) => void) | undefined;
const stopped = new AbortController();

/** Prints above the prompt without losing what the user is typing. */
function print(text: string): void {
  process.stdout.write('\r\x1b[K');
  console.log(text);
  if (!stopped.signal.aborted) rl.prompt(true);
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    pendingAnswer = resolve;
    rl.setPrompt(question);
    rl.prompt();
  });
}

/** A sandbox event without the speaker and chat, which the CLI fills in. */
type Said = SandboxInput extends infer T ? (T extends unknown ? Omit<T, 'user' | 'chat'> : never) : never;

async function send(input: Said): Promise<void> {
  const event: SandboxInput = { ...input, user, ...(values.group ? { chat: values.group } : {}) };
  try {
    const answer = await client.send(event);
    if (answer.error) print(`（未发送 / not sent: ${answer.error}）`);
  } catch {
    print(`（连不上 ${values.url}：请先 npm start，并确认 SANDBOX_ENABLED 未关闭）`);
  }
}

async function press(button: SandboxButton, card: SandboxMessage): Promise<void> {
  if (button.confirm) {
    const answer = await ask(`${button.confirm.title}：${button.confirm.text}（y/n）> `);
    if (!/^y/i.test(answer.trim())) return;
  }
  const form: Record<string, string> = {};
  for (const input of button.form?.inputs ?? []) {
    form[input.name] = (await ask(`${input.label}${input.placeholder ? `（${input.placeholder}）` : ''}> `)).trim();
  }
  await send({ type: 'press', cardMessageId: card.id, button: button.index, ...(button.form ? { form } : {}) });
}

async function handleLine(line: string): Promise<void> {
  const text = toHalfWidth(line).trim();
  if (text === '') return;
  if (/^\/(退出|exit|quit)$/i.test(text)) {
    stop();
    return;
  }
  const pressed = /^\d+$/.test(text) ? lastCard?.buttons.find((b) => b.index === Number(text)) : undefined;
  if (pressed && lastCard) return press(pressed, lastCard);
  const location = /^:(位置|loc)\s+(-?[\d.]+)\s+(-?[\d.]+)(?:\s+([\d.]+))?$/i.exec(text);
  if (location) {
    const [, , latitude, longitude, accuracy] = location;
    return send({
      type: 'location',
      latitude: Number(latitude),
      longitude: Number(longitude),
      ...(accuracy ? { accuracyM: Number(accuracy) } : {}),
    });
  }
  const menu = /^:(菜单|menu)\s+(\S+)$/i.exec(text);
  if (menu?.[2]) return send({ type: 'menu', key: menu[2] });
  return send({ type: 'text', text: line.trim() });
}

async function pollForever(): Promise<void> {
  let cursor = 0;
  let offline = false;
  while (!stopped.signal.aborted) {
    try {
      const { messages, cursor: next } = await client.poll(chatId, cursor, stopped.signal);
      offline = false;
      cursor = next;
      for (const message of messages) {
        if (message.buttons.length > 0 && (!lastCard || message.seq >= lastCard.seq)) lastCard = message;
        print(formatBotMessage(message));
      }
    } catch {
      if (stopped.signal.aborted) return;
      if (!offline) print(`（连不上 ${values.url}，稍后重试… / cannot reach the service, retrying…）`);
      offline = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

function stop(): void {
  stopped.abort();
  rl.close();
}

rl.on('line', (line) => {
  if (pendingAnswer) {
    const answer = pendingAnswer;
    pendingAnswer = undefined;
    rl.setPrompt(PROMPT);
    answer(line);
    return;
  }
  void handleLine(line).then(() => {
    if (!stopped.signal.aborted && !pendingAnswer) rl.prompt();
  });
});
rl.on('close', () => {
  stopped.abort();
  // A piped stdin would otherwise keep the process alive after /退出.
  process.stdin.destroy();
  console.log('\n再见 / bye');
});

console.log(
  [
    `沙盒聊天 / sandbox chat — ${resolved.name ?? ''} ${user} @ ${values.url}${values.group ? `，群 ${values.group}` : ''}`,
    '发送 /帮助 开始；输入数字按下最近卡片的按钮；:位置 <纬度> <经度> 发送位置；/退出 离开。',
    values.group ? '在群里请先 @巡诊助手，例如：@巡诊助手 /帮助' : '',
  ]
    .filter(Boolean)
    .join('\n'),
);
rl.prompt();
await pollForever();
