import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../src/db/client.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { ensureProgramParticipant, upsertProgramByCode } from '../../src/db/queries/programs.js';
import { localDate } from '../../src/time/local.js';
import { messageReceiveEvent, type FeishuEmulator } from '../../test/emulator/feishu/index.js';
import { notePush } from '../../test/emulator/feishu/platform-side.js';
import { APP } from '../../test/feishu/support.js';
import { buildBasicFixture } from '../../test/support/fixtures.js';
import { addRecipientClinic } from '../support/clinics.js';
import { createBenchDatabase, type BenchDb } from '../support/database.js';
import { acknowledged, runLoad } from '../support/load.js';
import { registerPhysicians } from '../support/people.js';
import { writeSealedRequests } from '../support/sealed-requests.js';
import { benchServiceEnv, cpuSeconds, startBenchService } from '../support/service-process.js';
import { summarize } from '../support/stats.js';

/** P2 figures. */
export interface CheckinFigures {
  p2_checkin_p95_ms: number;
  p2_checkin_p50_ms: number;
  p2_checkins: number;
  p2_unanswered: number;
  /** Check-ins whose push was not answered 2xx (the platform would deliver them again; the bench does not). */
  p2_not_acknowledged: number;
  /**
   * CPU milliseconds (user + system) the service spent per check-in, everything it caused included: the
   * cost that decides at which rate the one thread saturates (steadier from run to run than the latency).
   */
  p2_service_cpu_ms_per_checkin: number;
  /**
   * Check-in sent → its reply written to the delivery ledger (the ledger row's `created_at`): the
   * service's own part. The rest of `p2_checkin_*` is the send: Feishu's reply API takes 50 a second,
   * the rate the check-ins arrive at, so a reply waits there behind every slot the service left unused.
   */
  p2_reply_queued_p95_ms: number;
  p2_reply_queued_p50_ms: number;
  /** Replies received by the emulator in the load's first second (at most 50, the reply API's limit). */
  p2_replies_first_second: number;
  /** The same check-ins again, other physicians, once the cold pass is answered: the service warm. */
  p2_warm_checkin_p95_ms: number;
  p2_warm_checkin_p50_ms: number;
  p2_warm_reply_queued_p95_ms: number;
  p2_warm_unanswered: number;
}

const CLINICS = 10;
const TIME_ZONE = 'Asia/Shanghai';

/** Clinic `i`'s position: 10 clinics a few kilometres apart around 漳平. */
function clinicPosition(i: number) {
  return { latitude: 25.29 + i * 0.03, longitude: 117.42 + i * 0.03 };
}

/**
 * A program running today (check-in accepted all day, so the bench may run at any hour), ten clinics
 * with coordinates, and `count` physicians each planned at one of them today.
 */
async function seedCheckinWorld(db: Db, emulator: FeishuEmulator, count: number, today: string) {
  const fixture = await buildBasicFixture(db);
  const program = await upsertProgramByCode(db, {
    code: 'BENCH-P2',
    name: '基准测试项目',
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: fixture.county.code,
    startDate: `${today.slice(0, 4)}-01-01`,
    endDate: `${today.slice(0, 4)}-12-31`,
    checkInWindowStart: '00:00',
    checkInWindowEnd: '23:59',
  });
  await ensureProgramParticipant(db, { programId: program.id, institutionId: fixture.hospital.id, side: 'SUPPORTING' });
  const clinics = [];
  for (let i = 0; i < CLINICS; i++) {
    clinics.push(
      await addRecipientClinic(db, program.id, {
        code: `BENCH-C${i}`,
        name: `基准卫生院${i}`,
        regionCode: fixture.township.code,
        ...clinicPosition(i),
      }),
    );
  }
  const people = await registerPhysicians(db, emulator, count, { tag: 'p2', homeInstitutionId: fixture.hospital.id });
  for (const [i, person] of people.entries()) {
    await createAssignment(db, {
      programId: program.id,
      physicianId: person.id,
      institutionId: (clinics[i % CLINICS] ?? fixture.clinic).id,
      startDate: today,
      endDate: today,
      plannedDates: [today],
      createdById: null,
      at: new Date(),
    });
  }
  return people;
}

/**
 * P2: check-in by location at 50 events/s; time from the event sent to the reply received at the emulator.
 * The service starts cold (as after a deployment or a restart) and gets the figures of the target; a second
 * pass of as many other physicians, once the first is answered, gives the same figures for the service
 * warm (`p2_warm_*`: as a morning meets a service that has been running).
 */
export async function runCheckinScenario(
  db: BenchDb,
  emulator: FeishuEmulator,
  options: { rate: number; durationSec: number },
): Promise<CheckinFigures> {
  const database = await createBenchDatabase(db);
  const today = localDate(new Date(), TIME_ZONE);
  const count = options.rate * options.durationSec;
  const people = await seedCheckinWorld(database.db, emulator, 2 * count, today);
  await database.close();
  const events = people.map((person, i) =>
    messageReceiveEvent(APP, {
      sender: { open_id: person.openId },
      chat: { chat_id: `oc_p2p_${person.openId}`, chat_type: 'p2p' },
      body: { type: 'location', name: `基准卫生院${i % CLINICS}`, ...clinicPosition(i % CLINICS) },
    }),
  );
  for (const envelope of events) notePush(emulator.state, envelope);
  const dir = mkdtempSync(path.join(tmpdir(), 'crb-bench-p2-'));
  const sealed = (pass: typeof events, name: string) => {
    const file = path.join(dir, `${name}.jsonl`);
    writeSealedRequests(file, pass, APP.encryptKey ?? '');
    return file;
  };
  const coldFile = sealed(events.slice(0, count), 'cold');
  const warmFile = sealed(events.slice(count), 'warm');

  // Feishu's 1,000 messages a minute would cap a sustained 50 check-ins/s at 16.7 replies/s whatever the
  // service did; the scenario measures the service, under the per-second limits only (like P3).
  const service = await startBenchService(
    benchServiceEnv(database.url, emulator, { FEISHU_RATE_PER_MINUTE: '100000' }),
  );
  const cpuAtStart = cpuSeconds(service.child.pid ?? 0);
  const cold = await measurePass(service.eventUrl, emulator, coldFile, options);
  const cpuS = cpuSeconds(service.child.pid ?? 0) - cpuAtStart;
  // A new second of the reply API's window, so the warm pass starts as the cold one did.
  // BENCH_P2_PAUSE_MS=15000 makes it a lull instead (longer than pg's old ten idle seconds per connection).
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_P2_PAUSE_MS ?? 2_000)));
  const warm = await measurePass(service.eventUrl, emulator, warmFile, options);
  await service.stop();
  const queuedAt = await replyQueueTimes(database.url);
  await database.destroy();
  const coldFigures = passFigures(cold, queuedAt);
  const warmFigures = passFigures(warm, queuedAt);
  return {
    p2_checkin_p95_ms: coldFigures.p95,
    p2_checkin_p50_ms: coldFigures.p50,
    p2_checkins: cold.sentAt.size,
    p2_unanswered: cold.sentAt.size - cold.replyAt.size,
    p2_not_acknowledged: cold.notAcknowledged,
    p2_service_cpu_ms_per_checkin: Math.round((cpuS * 10_000) / Math.max(1, cold.sentAt.size)) / 10,
    p2_reply_queued_p95_ms: coldFigures.queuedP95,
    p2_reply_queued_p50_ms: coldFigures.queuedP50,
    p2_replies_first_second: coldFigures.firstSecond,
    p2_warm_checkin_p95_ms: warmFigures.p95,
    p2_warm_checkin_p50_ms: warmFigures.p50,
    p2_warm_reply_queued_p95_ms: warmFigures.queuedP95,
    p2_warm_unanswered: warm.sentAt.size - warm.replyAt.size,
  };
}

/** One pass of check-ins: when each was sent and when its reply reached the emulator. */
interface Pass {
  sentAt: Map<string, number>;
  replyAt: Map<string, number>;
  notAcknowledged: number;
}

/** Sends one file of check-ins at the rate and waits (at most 30 s after) for every reply. */
async function measurePass(
  url: string,
  emulator: FeishuEmulator,
  file: string,
  options: { rate: number; durationSec: number },
): Promise<Pass> {
  const load = await runLoad({ url, file, rate: options.rate, durationSec: options.durationSec });
  const sentAt = new Map(load.samples.map(([messageId, at]) => [messageId, at]));
  const replyAt = new Map<string, number>();
  const deadline = Date.now() + 30_000;
  while (replyAt.size < sentAt.size && Date.now() < deadline) {
    for (const message of emulator.state.sent) {
      if (message.replyTo && sentAt.has(message.replyTo) && !replyAt.has(message.replyTo)) {
        replyAt.set(message.replyTo, message.at);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { sentAt, replyAt, notAcknowledged: load.samples.filter((sample) => !acknowledged(sample[3])).length };
}

/** A pass's latencies: to the reply received, to the reply written to the ledger, replies in the first second. */
function passFigures(pass: Pass, queuedAt: ReadonlyMap<string, number>) {
  const { sentAt, replyAt } = pass;
  const since = (times: Iterable<[string, number]>) =>
    [...times].flatMap(([id, at]) => {
      const sent = sentAt.get(id);
      return sent === undefined ? [] : [at - sent];
    });
  const received = summarize(since(replyAt));
  const queued = summarize(since(queuedAt));
  const firstSentAt = Math.min(...sentAt.values());
  return {
    p50: received.p50,
    p95: received.p95,
    queuedP50: queued.p50,
    queuedP95: queued.p95,
    firstSecond: [...replyAt.values()].filter((at) => at < firstSentAt + 1000).length,
  };
}
/** When each reply was written to the ledger, by the message it answers (read after the service stopped). */
async function replyQueueTimes(url: string): Promise<Map<string, number>> {
  const database = openDatabase(url);
  try {
    const rows = await database.db.outboundMessage.findMany({
      where: { operation: 'REPLY', targetMessageId: { not: null } },
      select: { targetMessageId: true, createdAt: true },
    });
    return new Map(rows.map((row) => [row.targetMessageId ?? '', row.createdAt.getTime()]));
  } finally {
    await database.close();
  }
}
