import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../../src/db/client.js';
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

/** P2: check-in by location at 50 events/s; time from the event sent to the reply received at the emulator. */
export async function runCheckinScenario(
  db: BenchDb,
  emulator: FeishuEmulator,
  options: { rate: number; durationSec: number },
): Promise<CheckinFigures> {
  const database = await createBenchDatabase(db);
  const today = localDate(new Date(), TIME_ZONE);
  const count = options.rate * options.durationSec;
  const people = await seedCheckinWorld(database.db, emulator, count, today);
  await database.close();
  const events = people.map((person, i) =>
    messageReceiveEvent(APP, {
      sender: { open_id: person.openId },
      chat: { chat_id: `oc_p2p_${person.openId}`, chat_type: 'p2p' },
      body: { type: 'location', name: `基准卫生院${i % CLINICS}`, ...clinicPosition(i % CLINICS) },
    }),
  );
  for (const envelope of events) notePush(emulator.state, envelope);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crb-bench-p2-')), 'checkins.jsonl');
  writeSealedRequests(file, events, APP.encryptKey ?? '');

  // Feishu's 1,000 messages a minute would cap a sustained 50 check-ins/s at 16.7 replies/s whatever the
  // service did; the scenario measures the service, under the per-second limits only (like P3).
  const service = await startBenchService(
    benchServiceEnv(database.url, emulator, { FEISHU_RATE_PER_MINUTE: '100000' }),
  );
  const cpuAtStart = cpuSeconds(service.child.pid ?? 0);
  const load = await runLoad({ url: service.eventUrl, file, rate: options.rate, durationSec: options.durationSec });
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
  const cpuS = cpuSeconds(service.child.pid ?? 0) - cpuAtStart;
  await service.stop();
  await database.destroy();
  const latencies = [...replyAt].map(([id, at]) => at - (sentAt.get(id) ?? at));
  const stats = summarize(latencies);
  return {
    p2_checkin_p95_ms: stats.p95,
    p2_checkin_p50_ms: stats.p50,
    p2_checkins: sentAt.size,
    p2_unanswered: sentAt.size - replyAt.size,
    p2_not_acknowledged: load.samples.filter((sample) => !acknowledged(sample[3])).length,
    p2_service_cpu_ms_per_checkin: Math.round((cpuS * 10_000) / Math.max(1, sentAt.size)) / 10,
  };
}
