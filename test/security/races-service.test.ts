import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { cardActionEvent, messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { testProviders } from '../support/db.js';
import { addClinic, checkInAt } from '../support/fixtures.js';
import { addFeishuPerson } from '../support/service-harness.js';
import { WHO, startSecurityWorld, type SecurityWorld } from './support.js';

/** How many times each race is run. */
const TRIES = 6;
/** What the error sink says on an unexpected error: never the answer to a race. */
const INTERNAL_ERROR = '处理时出了点问题';

/**
 * Issue 12 §3: two signed events at the same instant, against the running service. On PostgreSQL these
 * are real races (the service answers the two in parallel on separate connections) and the database
 * must decide; on SQLite the one connection serializes them, and the same assertions hold.
 */
describe.each(testProviders())('concurrent writes through the Feishu service (%s)', (provider) => {
  let w: SecurityWorld;
  beforeAll(async () => {
    w = await startSecurityWorld(provider);
    const clinic = await addClinic(w.world.db, 'C-SY', '双洋镇卫生院', '350881101');
    await w.world.db.programParticipant.create({
      data: { programId: w.world.program.id, institutionId: clinic.id, side: 'RECIPIENT' },
    });
  }, 60_000);
  afterAll(() => w.harness.stop());

  /** Sends two texts at the same instant and returns both replies. */
  async function sayAtOnce(a: [string, string], b: [string, string]): Promise<string> {
    w.clock.advance(3000);
    const envelopes = [a, b].map(([from, text]) =>
      messageReceiveEvent(
        APP,
        {
          sender: { open_id: from },
          chat: { chat_id: `oc_p2p_${from}`, chat_type: 'p2p' },
          body: { type: 'text', text },
        },
        { at: w.clock.now().getTime() },
      ),
    );
    await Promise.all(envelopes.map((e) => w.pusher.push(w.harness.eventUrl, e)));
    await w.settle();
    return envelopes.flatMap((e) => w.harness.repliesTo(e.event.message.message_id)).join('\n');
  }

  /** A new physician of the hospital with a Feishu account, title attending. */
  async function newPhysician(name: string, openId: string, phone: string): Promise<number> {
    const id = await addFeishuPerson(w.harness, {
      name,
      openId,
      phone,
      role: 'PHYSICIAN',
      homeInstitutionId: w.world.fixture.hospital.id,
      at: w.clock.now(),
    });
    await w.world.db.person.update({ where: { id }, data: { title: 'ATTENDING' } });
    return id;
  }

  it('a hospital and a county assigning one physician to two clinics on one day: one wins, the other is told', async () => {
    for (let i = 0; i < TRIES; i++) {
      const name = `陈明${i}`;
      const id = await newPhysician(name, `ou_race_a${i}`, `1370000${String(i).padStart(4, '0')}`);
      const replies = await sayAtOnce(
        [WHO.hospitalCoord, `/指派 ${name} 石门镇卫生院 2026-04-20`],
        [WHO.county, `/指派 ${name} 双洋镇卫生院 2026-04-20`],
      );
      const planned = await w.world.db.assignmentPlannedDate.findMany({
        where: { date: '2026-04-20', assignment: { physicianId: id, status: 'ACTIVE' } },
      });
      expect(planned).toHaveLength(1);
      expect(replies).not.toContain(INTERNAL_ERROR);
      expect(replies).toMatch(/4月20日/);
    }
  });

  it('the same /指派 twice at once: one assignment, never a duplicate or an internal error', async () => {
    for (let i = 0; i < TRIES; i++) {
      const name = `林华${i}`;
      const id = await newPhysician(name, `ou_race_b${i}`, `1370001${String(i).padStart(4, '0')}`);
      // Every other try names only the month: no planned date for the unique key, the physician's row lock decides.
      const text = `/指派 ${name} 石门镇卫生院 ${i % 2 === 0 ? '2026-04-21' : '2026-05'}`;
      const replies = await sayAtOnce([WHO.hospitalCoord, text], [WHO.hospitalCoord, text]);
      expect(await w.world.db.assignment.count({ where: { physicianId: id } })).toBe(1);
      expect(replies).not.toContain(INTERNAL_ERROR);
    }
  });

  it('two /补卡 at once past the monthly limit of 2: never 3 requests', async () => {
    for (let i = 0; i < TRIES; i++) {
      const openId = `ou_race_c${i}`;
      const id = await newPhysician(`周洁${i}`, openId, `1370002${String(i).padStart(4, '0')}`);
      await createAssignment(w.world.db, {
        programId: w.world.program.id,
        physicianId: id,
        institutionId: w.world.fixture.clinic.id,
        startDate: '2026-02-01',
        endDate: '2026-02-28',
        plannedDates: [],
        createdById: null,
        at: w.clock.now(),
      });
      expect(await w.say(openId, '/补卡 2026-02-03 石门镇卫生院 手机没电忘记签到')).not.toContain(INTERNAL_ERROR);
      const replies = await sayAtOnce(
        [openId, '/补卡 2026-02-04 石门镇卫生院 手机没电忘记签到'],
        [openId, '/补卡 2026-02-05 石门镇卫生院 手机没电忘记签到'],
      );
      expect(await w.world.db.serviceDayCorrection.count({ where: { physicianId: id } })).toBe(2);
      expect(replies).toContain('2026-02');
      expect(replies).not.toContain(INTERNAL_ERROR);
    }
  });

  it('确认到岗 pressed twice at once: one confirmation, one audit entry, one notice', async () => {
    const head = WHO.head;
    for (let i = 0; i < TRIES; i++) {
      const date = `2026-03-0${i + 1}`;
      const { day } = await recordCheckIn(w.world.db, {
        ...checkInAt({ ...w.world.fixture, program: w.world.program }, date, `om_race_d${i}`),
        physicianId: w.ids.physician,
      });
      const before = w.harness.emulator.state.sent.filter((m) => m.userOpenId === WHO.physician).length;
      w.clock.advance(3000);
      const presses = [0, 1].map(() =>
        cardActionEvent(
          APP,
          {
            operator: { open_id: head },
            messageId: `om_card_${provider}_${i}`,
            chatId: `oc_p2p_${head}`,
            value: { action: 'visit.confirm', serviceDayId: day.id },
          },
          { at: w.clock.now().getTime() },
        ),
      );
      await Promise.all(presses.map((p) => w.pusher.push(w.harness.cardUrl, p)));
      await w.settle();
      expect(await w.world.db.serviceDayConfirmation.count({ where: { serviceDayId: day.id } })).toBe(1);
      const audits = await w.world.db.auditLog.count({ where: { action: 'visit.confirm', entityId: String(day.id) } });
      expect(audits).toBe(1);
      const notices = w.harness.emulator.state.sent.filter((m) => m.userOpenId === WHO.physician).length - before;
      expect(notices).toBe(1);
    }
  });
});
