import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createNotifier } from '../../src/core/create-context.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { addGroupSubscription, upsertChatGroup } from '../../src/db/queries/groups.js';
import { countOutboundByStatus, findOutboundByKey } from '../../src/db/queries/outbound-messages.js';
import { idempotencyKey } from '../../src/delivery/ledger.js';
import { addPerson, buildBasicFixture, type BasicFixture } from '../support/fixtures.js';
import { notifyAssignmentCreated } from '../../src/physician/assignment-notices.js';
import { SandboxAdapter } from '../../src/platforms/sandbox/adapter.js';
import { weeklyScheduleBroadcast } from '../../src/scheduler/jobs/weekly-schedule-broadcast.js';
import { ManualClock } from '../../src/time/clock.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { at, testScheduler, TZ } from './scheduler-support.js';

const GROUP = 'oc_shimen_residents';

describe.each(testProviders())('weekly broadcast on two replicas, before delivery (%s)', (provider) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  /** The fixture's clinic subscribed by a group, and 王医生 planned there on Wednesday 2026-03-04. */
  async function world(db: TestDatabase['db']): Promise<{ fixture: BasicFixture; subscriptionId: number }> {
    const fixture = await buildBasicFixture(db);
    const now = at('2026-03-01', '10:00');
    const group = await upsertChatGroup(db, { platform: 'SANDBOX', chatId: GROUP, name: '石门居民群', at: now });
    const { subscription } = await addGroupSubscription(db, {
      groupId: group.id,
      topic: 'SCHEDULE',
      institutionId: fixture.clinic.id,
      at: now,
    });
    await plan(db, fixture, fixture.physician.id, '2026-03-04');
    return { fixture, subscriptionId: subscription.id };
  }

  function plan(db: TestDatabase['db'], fixture: BasicFixture, physicianId: number, date: string) {
    return createAssignment(db, {
      programId: fixture.program.id,
      physicianId,
      institutionId: fixture.clinic.id,
      startDate: date,
      endDate: date,
      plannedDates: [date],
      createdById: null,
      at: at('2026-03-01', '10:00'),
    });
  }

  it('two schedulers at Monday 08:00 queue the card once; a change before it is sent rewrites it', async () => {
    database = await createTestDatabase(provider);
    const { db } = database;
    const { fixture, subscriptionId } = await world(db);
    const monday = at('2026-03-02', '08:00');
    const a = testScheduler(db, [weeklyScheduleBroadcast], { replicaId: 'replica-a', start: monday });
    const b = testScheduler(db, [weeklyScheduleBroadcast], { replicaId: 'replica-b', start: monday });
    await Promise.all([a.scheduler.tick(monday), b.scheduler.tick(monday)]);
    // No dispatcher runs here: the card stays PENDING.
    expect(await countOutboundByStatus(db)).toMatchObject({ PENDING: 1, SENT: 0 });
    const key = idempotencyKey('ntf', 'broadcast.schedule', `${subscriptionId}:2026-03-02`, `c${GROUP}`);
    const queued = await findOutboundByKey(db, key);
    expect(queued?.content).toContain('王医生');

    const clock = new ManualClock(at('2026-03-02', '09:00'));
    const deps = {
      db,
      clock,
      dispatcher: { wake: () => undefined },
      config: { locale: 'zh-CN' as const, timeZone: TZ },
    };
    const notifier = createNotifier(deps, new SandboxAdapter(clock), pino({ level: 'silent' }));
    const li = await addPerson(db, '李医生', fixture.hospital.id);
    const added = await plan(db, fixture, li.id, '2026-03-05');
    await notifyAssignmentCreated(notifier, added.id);
    await notifyAssignmentCreated(notifier, added.id);
    expect(await countOutboundByStatus(db)).toMatchObject({ PENDING: 1 });
    const rewritten = await findOutboundByKey(db, key);
    expect(rewritten?.id).toBe(queued?.id);
    expect(rewritten?.content).toContain('李医生');
    expect(rewritten?.content).toContain('王医生');
  });
});
