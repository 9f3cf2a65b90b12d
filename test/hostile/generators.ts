import { seededRandom, type Random } from '../../src/domain/seeded-random.js';

/**
 * Hostile chat input for the fuzz tests: command-shaped text assembled from pieces people (and
 * attackers) really type — mixed scripts, full-width forms, emoji and broken surrogate pairs, invisible
 * and control characters, absurd numbers, injection strings, huge tokens, lone slashes and @-mentions.
 * Everything comes from a seeded generator, so a failing input is reproduced by its seed and index.
 */

/** The fixed seed CI runs with. */
export const DEFAULT_FUZZ_SEED = 'clinic-rotation-hostile-1';
/** Inputs the pure parsers see in a default run. */
export const DEFAULT_FUZZ_RUNS = 10_000;

/** Fuzz settings from the environment: `FUZZ_SEED` and `FUZZ_RUNS` make a longer or different run. */
export function fuzzSettings(env: NodeJS.ProcessEnv = process.env): { seed: string; runs: number } {
  const runs = Number(env.FUZZ_RUNS);
  return {
    seed: env.FUZZ_SEED?.trim() || DEFAULT_FUZZ_SEED,
    runs: Number.isSafeInteger(runs) && runs > 0 ? runs : DEFAULT_FUZZ_RUNS,
  };
}

/** Command words and their aliases, real and nearly real. */
const COMMAND_WORDS = [
  '签到',
  '签退',
  '日志',
  '帮助',
  '补卡',
  '本月',
  '我的',
  '排班',
  '绑定',
  '授权',
  '撤销',
  '我是谁',
  'checkin',
  'checkout',
  'log',
  'worklog',
  'help',
  '?',
  'me',
  'bind',
  'grant',
  'whoami',
  '打卡',
  '工作量',
  '签',
  '签到到',
  '日誌',
  'LOG',
  'Help',
  '',
];
/** Work-log labels, units and note markers, spelled right and wrong. */
const WORKLOG_WORDS = [
  '诊疗',
  '特殊人群',
  '讲座',
  '带教',
  '手术',
  '会诊',
  'patients',
  '查房',
  '健康教育',
  '培训',
  '备注',
  '说明',
  'note',
  '人次',
  '次',
  '例',
  '=',
  ':',
  '：',
  '，',
  '；',
  '诊',
  '疗',
  '诊疗诊疗',
  '讲坐',
];
/** Places and dates people name. */
const PLACES_AND_DATES = [
  '石门镇卫生院',
  '城关卫生院',
  '双洋',
  '今天',
  '昨天',
  '3月2日',
  '2026-03-02',
  '03-32',
  '2026-02-30',
];
/** Numbers that break naive parsing. */
const NUMBERS = [
  '0',
  '23',
  '-1',
  '-0',
  '+5',
  '3.5',
  '1e309',
  '-1e309',
  '1e3',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '0b11',
  '9007199254740993',
  '99999999999999999999999999',
  '-99999999999999999999',
  '１２３',
  '٣',
  '五',
  '二十三',
  '½',
  '1,000',
  '1_000',
  '00000000023',
  '.5',
  '5.',
  '1/2',
];
/** Strings aimed at SQL, HTML, templates, prototypes and format strings. */
const INJECTIONS = [
  "'; DROP TABLE service_days;--",
  '" OR 1=1 --',
  "1' UNION SELECT * FROM people--",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  '#{7*7}',
  '[[签到]]',
  '[[unknown-term]]',
  '{name}',
  '{{name}}',
  '__proto__',
  'constructor',
  'prototype',
  '%s%s%s%n',
  '../../etc/passwd',
  '\\',
  '\\u0000',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"a":1}',
  '**bold**',
  '<at user_id="ou_x">x</at>',
  '@_user_1',
  '@_all',
];
/** Scripts other than Chinese and Latin. */
const SCRIPTS = ['Привет', 'مرحبا', 'שלום', 'नमस्ते', 'สวัสดี', '안녕', 'こんにちは', 'Ελλάδα', 'ᠮᠣᠩᠭᠣᠯ', 'བོད', 'ئۇيغۇر'];
/** Emoji, including joined sequences, flags, modifiers and lone surrogate halves. */
const EMOJI = ['😀', '👨‍⚕️', '🏥', '🇨🇳', '👍🏽', '❤️', '🧑🏻‍🤝‍🧑🏿', '\uD83D', '\uDE00', '\uDE00\uD83D', '𠮷', '𝟘𝟙𝟚'];
/** Invisible, bidirectional, control and odd whitespace characters. */
const INVISIBLES = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  '\u2060',
  '\u00AD',
  '\u202E',
  '\u202D',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u007F',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u000B',
  '\u000C',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\u1680',
];
/** Ways to start a command, and lone slashes and mentions. */
const PREFIXES = ['/', '／', '、', '', '', '//', '/ ', '\\', '@巡诊助手 ', '@', '@@', '/@', ' /', '\u200B/'];
/** Between tokens. */
const SEPARATORS = [' ', ' ', ' ', '  ', '\u3000', ',', '，', '、', '', '\n', '\t', ';', '|'];

/** ASCII as full-width forms (what a Chinese input method in full-width mode types). */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** A token far longer than any real argument. */
function longToken(random: Random): string {
  const unit = random.pick(['a', '诊', '1', '😀', '\u200B', '/', '@', 'é']);
  return unit.repeat(random.int(300, 6000));
}

/** One argument token of a random kind. */
function token(random: Random): string {
  const kind = random.int(0, 99);
  if (kind < 20) return random.pick(WORKLOG_WORDS);
  if (kind < 40) return random.pick(NUMBERS);
  if (kind < 50) return random.pick(WORKLOG_WORDS) + random.pick(NUMBERS);
  if (kind < 58) return random.pick(PLACES_AND_DATES);
  if (kind < 68) return random.pick(INJECTIONS);
  if (kind < 74) return random.pick(SCRIPTS);
  if (kind < 80) return random.pick(EMOJI);
  if (kind < 86) return random.pick(INVISIBLES);
  if (kind < 90) return fullWidth(random.pick([...NUMBERS, ...INJECTIONS, 'patients23']));
  if (kind < 93) return longToken(random);
  if (kind < 97) return `@${random.pick(['王医生', '', '巡诊助手', 'all', random.pick(SCRIPTS)])}`;
  return random.pick(COMMAND_WORDS);
}

/** Inserts an invisible character at a random place, to split words that look whole. */
function sprinkle(random: Random, text: string): string {
  const chars = [...text];
  chars.splice(random.int(0, chars.length), 0, random.pick(INVISIBLES));
  return chars.join('');
}

/** One hostile text message. */
export function hostileText(random: Random): string {
  const word = random.chance(0.1) ? token(random) : random.pick(COMMAND_WORDS);
  const head = random.pick(PREFIXES) + (random.chance(0.1) ? fullWidth(word) : word);
  const parts = [head];
  for (let i = random.int(0, 7); i > 0; i--) parts.push(random.pick(SEPARATORS), token(random));
  const text = parts.join('');
  return random.chance(0.15) ? sprinkle(random, text) : text;
}

/** `count` hostile texts from `seed`; the same seed always gives the same list. */
export function hostileTexts(seed: string, count: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => hostileText(random));
}

/** Picks `count` of `items`, spread evenly, so a smaller run still covers every kind of input. */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, items.length / count);
  const picked: T[] = [];
  for (let i = 0; i < items.length && picked.length < count; i += step) picked.push(items[Math.floor(i)] as T);
  return picked;
}
