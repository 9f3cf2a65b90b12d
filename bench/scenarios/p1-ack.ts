import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messageReceiveEvent, type FeishuEmulator } from '../../test/emulator/feishu/index.js';
import { notePush } from '../../test/emulator/feishu/platform-side.js';
import { APP } from '../../test/feishu/support.js';
import { createBenchDatabase, type BenchDb } from '../support/database.js';
import { acknowledged, runLoad, type LoadResult } from '../support/load.js';
import { registerPhysicians, type BenchPerson } from '../support/people.js';
import { writeSealedRequests } from '../support/sealed-requests.js';
import { benchServiceEnv, freePort, rssMb, startBenchService } from '../support/service-process.js';
import { summarize } from '../support/stats.js';

/** P1 and P5 figures. */
export interface AckFigures {
  p1_ack_p99_ms: number;
  p1_ack_p50_ms: number;
  p1_sent: number;
  p1_not_acknowledged: number;
  p1_service_rps: number;
  p1_baseline_rps: number;
  p1_ratio_vs_baseline: number;
  p5_rss_mb: number;
  p5_start_ms: number;
}

/** How long and how hard. */
export interface AckOptions {
  rate: number;
  durationSec: number;
  throughputSec: number;
  concurrency: number;
}

/** `/帮助` in the private chat of one of `people`, as Feishu pushes it. */
function helpEvents(people: readonly BenchPerson[], count: number) {
  return Array.from({ length: count }, (_, i) => {
    const person = people[i % people.length] as BenchPerson;
    return messageReceiveEvent(APP, {
      sender: { open_id: person.openId },
      chat: { chat_id: `oc_p2p_${person.openId}`, chat_type: 'p2p' },
      body: { type: 'text', text: '/帮助' },
    });
  });
}

/** Requests per second acknowledged over a closed-loop run. */
function throughput(result: LoadResult, seconds: number): number {
  return Math.round(result.samples.filter((s) => acknowledged(s[3])).length / seconds);
}

/**
 * P1 (ack latency at a fixed rate, and throughput against a bare Koa + SDK dispatcher) and P5 (start
 * time with migrations up to date, RSS under P1's load), on one service process.
 */
export async function runAckScenario(db: BenchDb, emulator: FeishuEmulator, options: AckOptions): Promise<AckFigures> {
  const database = await createBenchDatabase(db);
  const work = mkdtempSync(path.join(tmpdir(), 'crb-bench-p1-'));
  const people = await registerPhysicians(database.db, emulator, 200, { tag: 'p1' });
  const openCount = options.rate * options.durationSec;
  const closedCount = 40_000;
  const events = helpEvents(people, openCount + closedCount);
  for (const envelope of events) notePush(emulator.state, envelope);
  const openFile = path.join(work, 'open.jsonl');
  const closedFile = path.join(work, 'closed.jsonl');
  const encryptKey = APP.encryptKey ?? '';
  writeSealedRequests(openFile, events.slice(0, openCount), encryptKey);
  writeSealedRequests(closedFile, events.slice(openCount), encryptKey);
  const baselineFile = path.join(work, 'baseline.jsonl');
  writeSealedRequests(baselineFile, helpEvents(people, closedCount * 2), encryptKey);
  await database.close();

  const service = await startBenchService(benchServiceEnv(database.url, emulator));
  let rss = 0;
  const sampler = setInterval(() => {
    rss = Math.max(rss, rssMb(service.child.pid ?? 0));
  }, 250);
  const open = await runLoad({
    url: service.eventUrl,
    file: openFile,
    rate: options.rate,
    durationSec: options.durationSec,
  });
  clearInterval(sampler);
  const closed = await runLoad({
    url: service.eventUrl,
    file: closedFile,
    concurrency: options.concurrency,
    durationSec: options.throughputSec,
  });
  await service.stop();
  await database.destroy();

  const port = await freePort();
  const baseline = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/baseline-server.ts', String(port), encryptKey, APP.verificationToken],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) => baseline.stdout.once('data', () => resolve()));
  const bare = await runLoad({
    url: `http://127.0.0.1:${port}/webhook/feishu/event`,
    file: baselineFile,
    concurrency: options.concurrency,
    durationSec: options.throughputSec,
  });
  baseline.kill('SIGTERM');

  const latencies = open.samples.filter((s) => acknowledged(s[3])).map((s) => s[2]);
  const stats = summarize(latencies);
  const serviceRps = throughput(closed, options.throughputSec);
  const baselineRps = throughput(bare, options.throughputSec);
  return {
    p1_ack_p99_ms: stats.p99,
    p1_ack_p50_ms: stats.p50,
    p1_sent: open.samples.length,
    p1_not_acknowledged: open.samples.filter((s) => !acknowledged(s[3])).length,
    p1_service_rps: serviceRps,
    p1_baseline_rps: baselineRps,
    p1_ratio_vs_baseline: Math.round((serviceRps / Math.max(1, baselineRps)) * 100) / 100,
    p5_rss_mb: rss,
    p5_start_ms: Math.round(service.startMs),
  };
}
