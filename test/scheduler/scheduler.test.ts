import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotError } from '../../src/core/errors.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { claimJobSlot, findLastJobRun } from '../../src/db/queries/job-runs.js';
import { countOutboundForPerson } from '../../src/db/queries/outbound-messages.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import type { ScheduledJob } from '../../src/scheduler/job.js';
import { SWEEP_CRON } from '../../src/scheduler/scheduler.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { at, countingJob, testScheduler, TZ } from './scheduler-support.js';

describe.each(testProviders())('scheduler (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(() => database.destroy());

  it('runs a slot once when its minute comes, however often it ticks', async () => {
    const runs: string[] = [];
    const { scheduler } = testScheduler(database.db, [countingJob('once', runs)]);
    await scheduler.tick(at('2026-03-02', '07:29'));
    expect(runs).toEqual([]);
    await scheduler.tick(at('2026-03-02', '07:30'));
    await scheduler.tick(new Date(at('2026-03-02', '07:30').getTime() + 30_000));
    expect(runs).toEqual(['2026-03-02']);
    const run = await findLastJobRun(database.db, 'once');
    expect(run).toMatchObject({ slot: '2026-03-02', status: 'DONE', claimedBy: 'replica-a' });
  });

  it('start registers one cron task per job (and the sweep) in the time zone, and stop removes them', async () => {
    const { scheduler, cron, clock } = testScheduler(database.db, [countingJob('w1', []), countingJob('w2', [])]);
    clock.set(at('2026-03-01', '12:00'));
    await scheduler.start();
    expect(cron.registered.map(({ expression, timezone, name }) => ({ expression, timezone, name }))).toEqual([
      { expression: '30 7 * * *', timezone: TZ, name: 'job:w1' },
      { expression: '30 7 * * *', timezone: TZ, name: 'job:w2' },
      { expression: SWEEP_CRON, timezone: TZ, name: 'job:sweep' },
    ]);
    await scheduler.stop();
    expect(cron.registered.every((task) => task.destroyed)).toBe(true);
  });

  it('on start, runs a missed slot still useful and records one no longer useful as skipped', async () => {
    const useful: string[] = [];
    const late: string[] = [];
    const first = testScheduler(database.db, [countingJob('catch-useful', useful)], {
      start: at('2026-03-03', '09:00'),
    });
    await first.scheduler.start();
    await first.scheduler.stop();
    expect(useful).toEqual(['2026-03-03']);

    const second = testScheduler(database.db, [countingJob('catch-late', late)], { start: at('2026-03-03', '14:00') });
    await second.scheduler.start();
    await second.scheduler.stop();
    expect(late).toEqual([]);
    expect(await findLastJobRun(database.db, 'catch-late')).toMatchObject({ slot: '2026-03-03', status: 'SKIPPED' });
  });

  it('two schedulers on one database ticking the same slot run it once', async () => {
    const runs: string[] = [];
    const job = countingJob('replicas', runs);
    const a = testScheduler(database.db, [job], { replicaId: 'a' });
    const b = testScheduler(database.db, [job], { replicaId: 'b' });
    const now = at('2026-03-04', '07:30');
    await Promise.all([
      a.scheduler.tick(now),
      b.scheduler.tick(now),
      a.scheduler.catchUp(now),
      b.scheduler.catchUp(now),
    ]);
    expect(runs).toEqual(['2026-03-04']);
  });

  it('a slot left RUNNING by a dead process is taken over only once it is stale', async () => {
    const runs: string[] = [];
    const job = countingJob('takeover', runs);
    await claimJobSlot(database.db, {
      job: 'takeover',
      slot: '2026-03-05',
      claimedBy: 'dead',
      at: at('2026-03-05', '07:30'),
    });
    const { scheduler } = testScheduler(database.db, [job], { replicaId: 'heir' });
    await scheduler.catchUp(at('2026-03-05', '07:40'));
    expect(runs).toEqual([]);
    await Promise.all([scheduler.catchUp(at('2026-03-05', '07:46')), scheduler.catchUp(at('2026-03-05', '07:46'))]);
    expect(runs).toEqual(['2026-03-05']);
    expect(await findLastJobRun(database.db, 'takeover')).toMatchObject({ status: 'DONE', claimedBy: 'heir' });
  });

  it('a restart mid-slot: the heir reruns the stale slot and the ledger keys keep every message single', async () => {
    const { person } = await upsertPersonByPhone(database.db, { name: '李医生', phone: '13900000077' });
    await bindChatIdentity(database.db, {
      personId: person.id,
      platform: 'FEISHU',
      platformUserId: 'ou_li',
      method: 'SEED',
      boundById: null,
    });
    let notified: () => void = () => undefined;
    const firstNotice = new Promise<void>((resolve) => (notified = resolve));
    const notifying = (dies: boolean): ScheduledJob => ({
      ...countingJob('mid-slot', []),
      async run(ctx) {
        await ctx.notify({ personId: person.id }, '明天请到石门镇卫生院', 'reminder:test', ctx.slot);
        notified();
        if (dies) await new Promise<never>(() => undefined); // the process dies here: never finishes
      },
    });
    const dying = testScheduler(database.db, [notifying(true)], {
      replicaId: 'dies',
      start: at('2026-03-07', '07:30'),
    });
    void dying.scheduler.tick(dying.clock.now());
    await firstNotice;
    const heir = testScheduler(database.db, [notifying(false)], {
      replicaId: 'heir',
      start: at('2026-03-07', '07:50'),
    });
    await heir.scheduler.catchUp(heir.clock.now());
    expect(await findLastJobRun(database.db, 'mid-slot')).toMatchObject({ status: 'DONE', claimedBy: 'heir' });
    const day = { from: at('2026-03-07', '00:00'), until: at('2026-03-08', '00:00') };
    const queued = { personId: person.id, purposePrefix: 'reminder:test', ...day };
    expect(await countOutboundForPerson(database.db, queued)).toBe(1);
  });

  it('a failing job is recorded FAILED and logged with job and slot; the others still run', async () => {
    const runs: string[] = [];
    const { scheduler, logs } = testScheduler(database.db, [
      countingJob('fails', runs, { fail: true }),
      countingJob('fine', runs),
    ]);
    await expect(scheduler.tick(at('2026-03-06', '07:30'))).resolves.toBeUndefined();
    expect(runs.sort()).toEqual(['2026-03-06', '2026-03-06']);
    expect(await findLastJobRun(database.db, 'fails')).toMatchObject({
      status: 'FAILED',
      detail: 'boom in 2026-03-06',
    });
    expect(await findLastJobRun(database.db, 'fine')).toMatchObject({ status: 'DONE' });
    expect(logs.find((line) => line.level === 50)).toMatchObject({ job: 'fails', slot: '2026-03-06' });
  });

  it('refuses at construction a job whose cron it cannot evaluate', () => {
    expect(() => testScheduler(database.db, [{ ...countingJob('bad', []), cron: '0 8 L * *' }])).toThrow(BotError);
  });

  it('year end: the Dec 31 and Jan 1 slots are separate runs', async () => {
    const runs: string[] = [];
    const { scheduler } = testScheduler(database.db, [countingJob('year-end', runs)]);
    await scheduler.tick(at('2026-12-31', '07:30'));
    await scheduler.catchUp(at('2026-12-31', '23:59'));
    await scheduler.tick(at('2027-01-01', '07:30'));
    expect(runs).toEqual(['2026-12-31', '2027-01-01']);
  });
});
