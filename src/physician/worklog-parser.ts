import { toHalfWidth } from '../core/command-parser.js';
import { editDistance } from '../core/edit-distance.js';
import { WORK_LOG_METRICS, type WorkLogMetric, type WorkLogValues } from '../db/queries/work-logs.js';
import { metricOfLabel, WORK_LOG_LABELS } from './worklog-labels.js';

/**
 * Reading a work log as physicians type it: `诊疗23 特殊人群5`, `诊疗=23，讲座：1`, `patients 23`,
 * full-width digits, and an optional trailing `备注 …`. Pure and total: any string gives either values
 * or a list of problems, never an exception.
 */

/** Something wrong with the input, with what the reply needs to say so. */
export type WorkLogProblem =
  | { kind: 'empty' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'unknownLabel'; label: string; suggestion?: string }
  | { kind: 'missingValue'; metric: WorkLogMetric }
  | { kind: 'strayNumber'; value: string }
  | { kind: 'notInteger'; metric: WorkLogMetric; value: string }
  | { kind: 'negative'; metric: WorkLogMetric; value: string }
  | { kind: 'tooLarge'; metric: WorkLogMetric }
  | { kind: 'duplicate'; metric: WorkLogMetric }
  | { kind: 'noteTooLong'; max: number };

/** What a work log input says: the figures given (others untouched) and the note, if any. */
export interface ParsedWorkLog {
  values: Partial<WorkLogValues>;
  note?: string;
}

/** Either the parsed log or everything wrong with it. */
export type WorkLogParse = { ok: true; log: ParsedWorkLog } | { ok: false; problems: WorkLogProblem[] };

/** Longest input read at all; a work log is a line, not an essay. */
export const MAX_WORK_LOG_INPUT = 1000;
/** Largest number read as a figure; every bound in worklog-bounds.ts is far below it. */
const MAX_COUNT = 1_000_000;
/** Longest note kept. */
export const MAX_WORK_LOG_NOTE = 200;

/** Words that start the free-text note; everything after them is the note. */
const NOTE_MARKER = /(?:备注|说明|\bnotes?\b)\s*[:=]?/i;
/** Units people add after a number (`讲座1次`, `诊疗23人`); they carry no meaning here. */
const UNITS = new Set(['次', '人', '人次', '个', '场', '例', '名', '位', '台', '项', '例次']);
/** Separators between pairs: spaces, ASCII and Chinese commas, semicolons, full stops. */
const SEPARATORS = /[\s,;、。，；|/]+/g;
/** A label (anything but digits, signs and separators), a number, or a key-value sign. */
const TOKEN = /[+-]?\d+(?:\.\d*)?|[=:]|[^\d\s=:+-]+|[+-]/g;

type Token = { kind: 'label'; text: string } | { kind: 'number'; text: string } | { kind: 'sign' };

/** Parses the arguments of `/日志`. */
export function parseWorkLog(input: string): WorkLogParse {
  const text = toHalfWidth(input).trim();
  if (text.length > MAX_WORK_LOG_INPUT) return { ok: false, problems: [{ kind: 'tooLong', max: MAX_WORK_LOG_INPUT }] };
  const { body, note } = splitNote(text);
  const problems: WorkLogProblem[] = [];
  const values: Partial<WorkLogValues> = {};
  for (const pair of pairsOf(tokensOf(body), problems)) {
    if (pair.metric in values) {
      if (!problems.some((p) => p.kind === 'duplicate' && p.metric === pair.metric)) {
        problems.push({ kind: 'duplicate', metric: pair.metric });
      }
      continue;
    }
    const count = parseCount(pair.metric, pair.value);
    if (typeof count === 'number') values[pair.metric] = count;
    else problems.push(count);
  }
  return verdict(values, note, problems);
}

/**
 * One figure as typed (a form field or the number after a label): a non-negative whole number, or the
 * problem with it. Surrounding spaces and full-width digits are accepted.
 */
export function parseCount(metric: WorkLogMetric, raw: string): number | WorkLogProblem {
  const value = toHalfWidth(raw).trim();
  if (!/^[+-]?\d+(?:\.\d*)?$/.test(value)) return { kind: 'missingValue', metric };
  if (value.startsWith('-') && Number(value) !== 0) return { kind: 'negative', metric, value };
  if (!/^[+-]?\d+$/.test(value.replace(/\.0*$/, ''))) return { kind: 'notInteger', metric, value };
  const count = Math.abs(Number.parseInt(value, 10));
  // Far beyond any bound: said here, so no reply ever quotes `1e+21` or `Infinity`.
  return count > MAX_COUNT ? { kind: 'tooLarge', metric } : count;
}

/** The parse result once the figures are read: note length and "nothing given" are checked here. */
function verdict(values: Partial<WorkLogValues>, note: string | undefined, problems: WorkLogProblem[]): WorkLogParse {
  if (note !== undefined && [...note].length > MAX_WORK_LOG_NOTE) {
    problems.push({ kind: 'noteTooLong', max: MAX_WORK_LOG_NOTE });
  }
  if (problems.length === 0 && Object.keys(values).length === 0 && note === undefined) problems.push({ kind: 'empty' });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, log: note === undefined ? { values } : { values, note } };
}

/** Whether a word starts the note (`备注`, `备注：…`, `note`), so what follows is free text. */
export function startsWorkLogNote(word: string): boolean {
  return NOTE_MARKER.exec(word)?.index === 0;
}

function splitNote(text: string): { body: string; note?: string } {
  const marker = NOTE_MARKER.exec(text);
  if (!marker) return { body: text };
  const note = text.slice(marker.index + marker[0].length).trim();
  return { body: text.slice(0, marker.index), ...(note ? { note } : {}) };
}

function tokensOf(body: string): Token[] {
  const tokens: Token[] = [];
  for (const chunk of body.split(SEPARATORS)) {
    for (const match of chunk.matchAll(TOKEN)) {
      const text = match[0];
      if (text === '=' || text === ':') tokens.push({ kind: 'sign' });
      else if (/\d/.test(text)) tokens.push({ kind: 'number', text });
      else if (text === '+' || text === '-') continue;
      else tokens.push({ kind: 'label', text });
    }
  }
  return tokens;
}

/**
 * Label–number pairs in order. A label without a number, a number without a label and an unknown word
 * go to `problems`; an unknown word takes its number with it, so `诊了23` is one problem, not two.
 */
function pairsOf(tokens: Token[], problems: WorkLogProblem[]): { metric: WorkLogMetric; value: string }[] {
  const pairs: { metric: WorkLogMetric; value: string }[] = [];
  let pending: WorkLogMetric | 'unknown' | undefined;
  let afterNumber = false;
  for (const token of tokens) {
    if (token.kind === 'sign') continue;
    if (token.kind === 'number') {
      if (pending === undefined) problems.push({ kind: 'strayNumber', value: token.text });
      else if (pending !== 'unknown') pairs.push({ metric: pending, value: token.text });
      pending = undefined;
      afterNumber = true;
      continue;
    }
    if (afterNumber && UNITS.has(token.text)) continue;
    afterNumber = false;
    if (pending !== undefined && pending !== 'unknown') problems.push({ kind: 'missingValue', metric: pending });
    pending = metricOfLabel(token.text);
    if (pending === undefined) {
      problems.push(unknownLabel(token.text));
      pending = 'unknown';
    }
  }
  if (pending !== undefined && pending !== 'unknown') problems.push({ kind: 'missingValue', metric: pending });
  return pairs;
}

/** Longest unknown word quoted back in a reply. */
const MAX_QUOTED_LABEL = 20;

function unknownLabel(word: string): WorkLogProblem {
  const label = [...word].slice(0, MAX_QUOTED_LABEL).join('');
  const typed = label.toLowerCase();
  let best: { label: string; distance: number } | undefined;
  for (const candidate of WORK_LOG_LABELS) {
    const distance = editDistance(typed, candidate);
    if (!best || distance < best.distance) best = { label: candidate, distance };
  }
  // A suggestion only when the typo is small compared with the word.
  const close = best && best.distance <= Math.max(1, Math.floor([...best.label].length / 2));
  return close && best ? { kind: 'unknownLabel', label, suggestion: best.label } : { kind: 'unknownLabel', label };
}

/**
 * Reads the fields of the work-log card form (`patients`, …, `note`) with the same rules as the text
 * command. An empty field leaves that figure as it is; unknown fields are ignored.
 */
export function parseWorkLogForm(fields: Readonly<Record<string, unknown>>): WorkLogParse {
  const problems: WorkLogProblem[] = [];
  const values: Partial<WorkLogValues> = {};
  for (const metric of WORK_LOG_METRICS) {
    const raw = fields[metric];
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    const text = String(raw).slice(0, MAX_WORK_LOG_INPUT);
    if (text.trim() === '') continue;
    const count = parseCount(metric, text);
    if (typeof count === 'number') values[metric] = count;
    else problems.push(count);
  }
  const rawNote = fields.note;
  const note = typeof rawNote === 'string' && rawNote.trim() !== '' ? rawNote.trim() : undefined;
  return verdict(values, note, problems);
}
