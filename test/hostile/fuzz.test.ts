import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseText } from '../../src/core/command-parser.js';
import type { InboundEvent } from '../../src/core/event.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { WORK_LOG_METRICS } from '../../src/db/queries/work-logs.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { seededRandom } from '../../src/domain/seeded-random.js';
import {
  MAX_WORK_LOG_NOTE,
  parseWorkLog,
  parseWorkLogForm,
  type WorkLogParse,
} from '../../src/physician/worklog-parser.js';
import { localDate } from '../../src/time/local.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { startServiceHarness, type ServiceHarness } from '../support/service-harness.js';
import { testProviders } from '../support/db.js';
import { buildBasicFixture, checkInAt, FIXTURE_TIME_ZONE } from '../support/fixtures.js';
import { evenSample, fuzzSettings, hostileTexts } from './generators.js';

/**
 * Fuzzing with {@link hostileTexts}: the pure parsers (command text, work log, work-log form) see every
 * input; evenly spread shares go through the bot (sandbox, real database), the work-log card form of a
 * checked-in physician, and the whole service behind signed Feishu pushes. 10,000 inputs from a fixed
 * seed by default; `FUZZ_RUNS=100000 FUZZ_SEED=… npm test -- test/hostile` runs longer or differently.
 * A parser failure names the input's index: `hostileTexts(seed, index + 1).at(-1)` reproduces it.
 */
const { seed, runs } = fuzzSettings();
const inputs = hostileTexts(seed, runs);
/** Inputs sent through the whole bot: 3 % of the run (300 by default), at least 30 on PostgreSQL. */
const botShare = (provider: DbProvider): number =>
  provider === 'sqlite' ? Math.ceil(runs * 0.03) : Math.max(30, Math.ceil(runs * 0.003));
/** The parser's own ceiling on a figure (not exported there); the oracle restates it. */
const LARGEST_FIGURE = 1_000_000;
/** The work-log form's submit button (cards/worklog-form.ts), named here to keep the oracle independent. */
const WORKLOG_SUBMIT = 'worklog.submit';

/** A text event as a platform adapter would normalize it, in a private chat or a group, seeded by index. */
function textEvent(text: string, index: number): InboundEvent {
  const random = seededRandom(`${seed}:${index}`);
  const group = random.chance(0.3);
  return {
    platform: 'SANDBOX',
    eventId: `fuzz-${index}`,
    messageId: `fuzz-msg-${index}`,
    occurredAt: new Date(0),
    sender: { userId: 'ou_fuzz' },
    chat: { id: group ? 'group:fuzz' : 'p2p:ou_fuzz', type: group ? 'group' : 'p2p' },
    mentionsBot: random.chance(0.5),
    body: {
      kind: 'text',
      text,
      mentions: random.chance(0.2) ? [{ userId: 'ou_li', name: random.pick(['李医生', text.slice(0, 8), '']) }] : [],
    },
  };
}

/** What any parse of a work log must satisfy: figures are whole, in range; a refusal says why. */
function expectSaneWorkLog(parse: WorkLogParse): void {
  if (!parse.ok) {
    expect(parse.problems.length).toBeGreaterThan(0);
    return;
  }
  for (const value of Object.values(parse.log.values)) {
    expect(Number.isSafeInteger(value) && value >= 0 && value <= LARGEST_FIGURE).toBe(true);
  }
  if (parse.log.note !== undefined) expect([...parse.log.note].length).toBeLessThanOrEqual(MAX_WORK_LOG_NOTE);
}

/** Runs `check` on every input, reporting the first failure with its index (and the input, escaped). */
function forEveryInput(check: (text: string, index: number) => void): void {
  inputs.forEach((text, index) => {
    try {
      check(text, index);
    } catch (error) {
      throw new Error(`fuzz input #${index} (seed ${seed}) ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`, {
        cause: error,
      });
    }
  });
}

describe(`fuzzing the pure parsers (${runs} inputs, seed ${seed})`, () => {
  it('the generator is deterministic and varied', () => {
    expect(hostileTexts(seed, 50)).toEqual(inputs.slice(0, 50));
    expect(new Set(inputs).size).toBeGreaterThan(runs * 0.8);
  });

  it('parseText never throws, and its words and tokens are whole and space-free', () => {
    forEveryInput((text, index) => {
      const event = textEvent(text, index);
      if (event.body.kind !== 'text') throw new Error('a text event');
      const parsed = parseText(event, event.body);
      if (parsed.kind === 'ignored') {
        expect(event.chat.type === 'group' && !event.mentionsBot).toBe(true);
        return;
      }
      expect(parsed.word).not.toMatch(/\s/);
      for (const token of parsed.args.tokens) expect(token).toMatch(/^\S+$/);
      expect(parsed.args.raw).toBe(parsed.args.tokens.join(' '));
    });
  });

  it('parseWorkLog never throws; what it accepts is whole, in range and short', () => {
    forEveryInput((text) => expectSaneWorkLog(parseWorkLog(text)));
  });

  it('parseWorkLogForm never throws on the same inputs in any field', () => {
    forEveryInput((text, index) => {
      const metric = WORK_LOG_METRICS[index % WORK_LOG_METRICS.length] ?? 'patients';
      expectSaneWorkLog(parseWorkLogForm({ [metric]: text, note: text }));
      expectSaneWorkLog(parseWorkLogForm({ [metric]: text.slice(0, 12) }));
    });
  });
});

describe.each(testProviders())('fuzzing the whole text path through the bot (%s)', (provider) => {
  const sample = evenSample(inputs, botShare(provider));
  let bot: BotHarness;
  const physician = 'ou_fuzz_physician';

  beforeAll(async () => {
    bot = await createBotHarness({ provider });
    // A registered physician with no assignment and no clinic in the database: nothing they type can
    // lead to a check-in or a work log, so any stored day or log is a rejected input written anyway.
    await bot.person({ name: '模糊医生', openId: physician, roles: ['PHYSICIAN'] });
  });
  afterAll(() => bot.close());

  /** Sends a text from the physician's private chat and returns the bot's answers to it. */
  async function answersTo(text: string): Promise<string[]> {
    // The sandbox's own input check caps text at 4,000 characters (Feishu does not) and refuses empty
    // text: it makes the message known for the reply, and the hostile text goes in normalized.
    const known = bot.adapter.toEvent({ type: 'text', user: physician, text: '.', mentions: [] });
    const sent = await bot.event({ ...known, body: { kind: 'text', text, mentions: [] } });
    await bot.settle();
    return bot
      .outbox(bot.p2p(physician))
      .filter((m) => m.replyTo === sent.messageId)
      .map((m) => m.text);
  }

  // Regression: on PostgreSQL these could not be recorded (jsonb and text refuse them), so the event was
  // answered with a 500 on every redelivery and never handled.
  it.each(['/帮助 a\u0000b', '\u0000', '/日志 诊疗\uD83D3', '/不存在\uDE00', '/签到 \uDE00\uD83D'])(
    'answers text with NUL or a lone surrogate half once: %j',
    async (text) => {
      expect(await answersTo(text)).toHaveLength(1);
      expect(bot.logsAt('error')).toEqual([]);
    },
  );

  it(`answers each of ${sample.length} hostile messages exactly once, crashes on none, stores nothing`, async () => {
    for (const text of sample) {
      expect(await answersTo(text), `input ${JSON.stringify(text.slice(0, 200))}`).toHaveLength(1);
    }
    expect(bot.logsAt('error')).toEqual([]);
    expect(await bot.db.serviceDay.count()).toBe(0);
    expect(await bot.db.workLog.count()).toBe(0);
  });
});

describe.each(testProviders())('fuzzing the work-log card form through the bot (%s)', (provider) => {
  const sample = evenSample(inputs, Math.ceil(botShare(provider) / 3));
  const physician = 'ou_fuzz_checked_in';
  let bot: BotHarness;
  let serviceDayId: number;

  beforeAll(async () => {
    bot = await createBotHarness({ provider });
    const fixture = await buildBasicFixture(bot.db);
    const physicianId = await bot.person({
      name: '在岗医生',
      openId: physician,
      homeInstitutionId: fixture.hospital.id,
      roles: ['PHYSICIAN'],
    });
    const today = localDate(bot.clock.now(), FIXTURE_TIME_ZONE);
    const { day } = await recordCheckIn(bot.db, checkInAt(fixture, today, null, { physicianId, at: bot.clock.now() }));
    serviceDayId = day.id;
  });
  afterAll(() => bot.close());

  /** Presses the work-log form's submit button with these fields. */
  async function submit(eventId: string, formValue: Record<string, string>): Promise<void> {
    await bot.event({
      platform: 'SANDBOX',
      eventId,
      occurredAt: bot.clock.now(),
      sender: { userId: physician },
      chat: { id: bot.p2p(physician), type: 'p2p' },
      mentionsBot: false,
      body: { kind: 'cardAction', action: WORKLOG_SUBMIT, value: { serviceDayId }, formValue },
    });
    await bot.settle();
  }

  /** Work-log rows and revisions: what a submission writes. */
  const stored = async () => ({ logs: await bot.db.workLog.count(), revisions: await bot.db.workLogRevision.count() });

  it(`stores nothing from ${sample.length} hostile forms the parser refuses, and crashes on none`, async () => {
    for (const [index, text] of sample.entries()) {
      const metric = WORK_LOG_METRICS[index % WORK_LOG_METRICS.length] ?? 'patients';
      const formValue = index % 2 === 0 ? { [metric]: text } : { [metric]: text.slice(0, 8), note: text };
      const before = await stored();
      await submit(`fuzz-form-${index}`, formValue);
      if (!parseWorkLogForm(formValue).ok) {
        expect(await stored(), `form ${JSON.stringify(formValue).slice(0, 200)}`).toEqual(before);
      }
    }
    expect(bot.logsAt('error')).toEqual([]);
    // The control: the same path does store a valid form, so the refusals above were not vacuous.
    const before = await stored();
    await submit('fuzz-form-control', { patients: '3', note: '对照' });
    expect((await stored()).revisions).toBe(before.revisions + 1);
  });
});

describe.each(testProviders())('fuzzing the Feishu text path through the whole service (%s)', (provider) => {
  // Each message costs a real HTTP round trip both ways: 20 (SQLite) and 5 (PostgreSQL) by default.
  const sample = evenSample(inputs, Math.ceil(runs / (provider === 'sqlite' ? 500 : 2000)));
  let harness: ServiceHarness;
  beforeAll(async () => {
    harness = await startServiceHarness({ provider });
  });
  afterAll(() => harness.stop());

  it(`acknowledges and answers each of ${sample.length} hostile messages once, sealed and pushed like Feishu`, async () => {
    for (const text of sample) {
      const { messageId, status } = await harness.sendText('ou_fuzz_stranger', text);
      await harness.settle();
      expect({ status, answers: harness.repliesTo(messageId).length }, JSON.stringify(text.slice(0, 200))).toEqual({
        status: 200,
        answers: 1,
      });
    }
    expect(harness.logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});
