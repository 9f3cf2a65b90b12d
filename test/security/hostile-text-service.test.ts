import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { testProviders } from '../support/db.js';
import { WHO, startSecurityWorld, type SecurityWorld } from './support.js';

/** Every markup trick of the issue in one string, with an RLO in the middle. */
const HOSTILE =
  '<at id=all></at><at user_id="all">所有人</at></font><font color=\'red\'>**粗**[点我](http://evil.example/x)\u202e反转';

/** What must never reach Feishu live in a text message: an @ tag or a bidi control (text shows no markdown). */
function expectInertText(raw: string): void {
  const at = /<\/?at\b/i.exec(raw);
  expect(at ? raw.slice(Math.max(0, at.index - 120), at.index + 40) : null).toBeNull();
  expect(raw).not.toMatch(/\u202e|\\u202e/i);
}

/** The markdown contents of a rendered card (plain_text nodes show markup as typed). */
function markdownOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(markdownOf);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = record.tag === 'markdown' && typeof record.content === 'string' ? [record.content] : [];
  return [...own, ...Object.values(record).flatMap(markdownOf)];
}

/** What must never reach Feishu live in a card: also, in markdown, no link, no closed font tag, no bold markers. */
function expectInertCard(raw: string): void {
  expectInertText(raw);
  for (const markdown of markdownOf(JSON.parse(raw))) {
    expect(markdown).not.toContain('](http://evil.example');
    expect(markdown).not.toContain('</font><font');
    expect(markdown).not.toContain('**粗**');
  }
}

/**
 * Issue 12 §4 from outside: a hostile string in every field a user or the directory fills — a physician's
 * name, a 补卡 reason, a coordinator's 驳回 note, a clinic head's 有异议 note, the monthly report sections, and
 * text echoed in replies — reaches Feishu inert, in cards and in text messages.
 */
describe.each(testProviders())('hostile text through the Feishu service (%s)', (provider) => {
  let w: SecurityWorld;
  beforeAll(async () => {
    w = await startSecurityWorld(provider);
    await w.world.db.person.update({ where: { id: w.ids.physician }, data: { name: `王${HOSTILE}` } });
    await createAssignment(w.world.db, {
      programId: w.world.program.id,
      physicianId: w.ids.physician,
      institutionId: w.world.fixture.clinic.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: ['2026-03-05'],
      createdById: null,
      at: w.clock.now(),
    });
  }, 60_000);
  afterAll(() => w.harness.stop());

  /** Checks every message the bot sent so far, by its kind. */
  const expectAllInert = () => {
    for (const m of w.harness.emulator.state.sent) {
      if (m.msgType === 'interactive') expectInertCard(m.rawContent);
      else expectInertText(m.rawContent);
    }
  };

  it('a 补卡 reason and a 驳回 note, in the approval card, its update and the notices', async () => {
    await w.say(WHO.physician, `/补卡 3月5日 石门镇卫生院 ${HOSTILE}`);
    expect(w.sentTo(WHO.hospitalCoord)).toContain('反转');
    await w.press(WHO.hospitalCoord, 'correction.reject', WHO.hospitalCoord, { note: HOSTILE });
    expectAllInert();
  });

  it('text echoed in replies, and a clinic lookup with the string', async () => {
    const reply = await w.say(WHO.physician, `/签到 ${HOSTILE}`);
    expect(reply).not.toBe('');
    await w.say(WHO.hospitalCoord, `/不存在的命令 ${HOSTILE}`);
    expectAllInert();
  });

  it('a clinic head’s 有异议 note, in the confirmation card’s update and the physician’s notice', async () => {
    await w.say(WHO.physician, '/签到 石门镇卫生院');
    expect(w.sentTo(WHO.head)).toContain('反转');
    await w.press(WHO.head, 'visit.dispute', WHO.head, { note: HOSTILE });
    expect(w.sentTo(WHO.physician)).toContain('有异议');
    expect(w.sentTo(WHO.physician)).toContain('反转');
    expectAllInert();
  });

  it('the monthly report sections and the report card', async () => {
    await w.say(WHO.hospitalCoord, `/月报 2026-02 工作完成情况 ${HOSTILE}`);
    await w.press(WHO.hospitalCoord, 'report.submit', WHO.hospitalCoord, { problems: HOSTILE, plans: HOSTILE });
    expectAllInert();
  });
});
