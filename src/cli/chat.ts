/**
 * `npm run chat -- --as <open_id or demo name> [--url http://127.0.0.1:3000] [--group <chat id>]`:
 * talk to the running service as a demo person, without a Feishu tenant. Messages go through the
 * sandbox routes, so through the same core, ledger and dispatcher as Feishu's.
 *
 * In the chat: type commands as in Feishu (`/帮助`, `签到` …); `@姓名` or `@ou_…` mentions a person; a number
 * presses that button of the latest card, `#2.3` button 3 of card #2 (the last five cards stay pressable);
 * `:位置 <纬度> <经度> [精度米]` (`:loc`) sends a location; `:文件 <路径>` (`:file`) sends a file (a staffing
 * table for the import); `:菜单 <key>` (`:menu`) clicks a bot menu item; `/退出` (`/exit`) quits. Files the
 * bot sends are saved under `--files` (default `data/sandbox-files`) and their path printed. A y/n or form
 * question is cancelled by typing a command (`/帮助`), which then runs. In a group (`--group`), @-mention
 * the bot: `@巡诊助手 /帮助`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { toHalfWidth } from '../core/command-parser.js';
import type { SandboxInput } from '../platforms/sandbox/input.js';
import type { SandboxMessage } from '../platforms/sandbox/outbox.js';
import type { SandboxButton } from '../platforms/sandbox/render-card-text.js';
import { sandboxP2pChatId } from '../platforms/sandbox/adapter.js';
import { formatBotMessage } from './chat/format.js';
import { mentionsIn } from './chat/mentions.js';
import { RecentCards } from './chat/recent-cards.js';
import { resolveSandboxUser } from './chat/resolve-user.js';
import { SandboxClient } from './chat/sandbox-client.js';

const { values } = parseArgs({
  options: {
    as: { type: 'string' },
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? '3000'}` },
    group: { type: 'string' },
    files: { type: 'string', default: path.join('data', 'sandbox-files') },
  },
});

if (!values.as) {
  console.error(
    '用法 / usage: npm run chat -- --as <open_id 或演示人员姓名> [--url http://127.0.0.1:3000] [--group <群 id>] [--files <目录>]',
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

const recentCards = new RecentCards();
let pendingAnswer: ((line: string | undefined) => void) | undefined;
const stopped = new AbortController();

/** Prints above the prompt without losing what the user is typing. */
function print(text: string): void {
  process.stdout.write('\r\x1b[K');
  console.log(text);
  if (!stopped.signal.aborted) rl.prompt(true);
}

/** Asks a question; undefined when the user typed a command instead (which then runs). */
function ask(question: string): Promise<string | undefined> {
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
    if (answer === undefined || !/^y/i.test(answer.trim())) return;
  }
  const form: Record<string, string> = {};
  for (const input of button.form?.inputs ?? []) {
    const answer = await ask(`${input.label}${input.placeholder ? `（${input.placeholder}）` : ''}> `);
    if (answer === undefined) return;
    form[input.name] = answer.trim();
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
  const pressed = recentCards.find(text);
  if (pressed) return press(pressed.button, pressed.card);
  const file = /^:(文件|file)\s+(.+)$/i.exec(text);
  if (file?.[2]) return sendFile(file[2].trim());
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
  return send({ type: 'text', text: line.trim(), mentions: mentionsIn(text) });
}

/** `:文件 <path>`: sends a file from disk, as a user drops one into the chat. */
async function sendFile(filePath: string): Promise<void> {
  let data: Buffer;
  try {
    data = await readFile(filePath);
  } catch {
    print(`（读不到文件 ${filePath} / cannot read ${filePath}）`);
    return;
  }
  await send({ type: 'file', fileName: path.basename(filePath), contentBase64: data.toString('base64') });
}

/** Saves a file the bot sent and says where. */
async function saveFile(message: SandboxMessage): Promise<void> {
  if (!message.fileKey) return;
  try {
    const data = await client.download(message.fileKey);
    await mkdir(values.files, { recursive: true });
    const target = path.resolve(values.files, path.basename(message.fileName ?? message.fileKey));
    await writeFile(target, data);
    print(`  ↳ 已保存 / saved: ${target}`);
  } catch {
    print(`  ↳ 文件未能保存 / could not save ${message.fileName ?? ''}`);
  }
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
        const tag = message.buttons.length > 0 ? recentCards.note(message) : undefined;
        print(formatBotMessage(message, tag));
        if (message.kind === 'file') await saveFile(message);
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
    // A command is never an answer: the question is cancelled and the command runs.
    const command = toHalfWidth(line).trim().startsWith('/');
    if (command) print('（已取消 / cancelled）');
    answer(command ? undefined : line);
    if (!command) return;
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
    '发送 /帮助 开始；输入数字按下最近卡片的按钮（#卡片号.按钮号 按下较早的卡片）；@姓名 提及某人；',
    ':位置 <纬度> <经度> 发送位置；:文件 <路径> 发送文件；/退出 离开。',
    values.group ? '在群里请先 @巡诊助手，例如：@巡诊助手 /帮助' : '',
  ]
    .filter(Boolean)
    .join('\n'),
);
rl.prompt();
await pollForever();
