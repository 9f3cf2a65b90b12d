import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { appServiceEnv } from '../../test/feishu/support.js';
import type { FeishuEmulator } from '../../test/emulator/feishu/index.js';

/** The service as production runs it, in its own process, as the bench measures it. */
export interface BenchService {
  port: number;
  /** The webhook URL for events. */
  eventUrl: string;
  child: ChildProcess;
  /** Milliseconds from spawning the process to the first 200 of `/healthz`. */
  startMs: number;
  stop(): Promise<void>;
}

/** A port the OS says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The environment of a service that talks to the emulator as the bench app. */
export function benchServiceEnv(databaseUrl: string, emulator: FeishuEmulator, extra: Record<string, string> = {}) {
  return {
    ...appServiceEnv(databaseUrl, emulator.baseUrl),
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: process.env.BENCH_SERVICE_LOG ?? 'warn',
    ...extra,
  };
}

/**
 * The Node options `npm start` gives the service (package.json), so the bench measures what production runs;
 * BENCH_WITHOUT_START_FLAGS=1 leaves them out (to measure what they cost and save).
 */
function startNodeOptions(): string[] {
  if (process.env.BENCH_WITHOUT_START_FLAGS === '1') return [];
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

/**
 * Spawns the built service as `npm start` runs it (its Node options; run.ts builds it first) and waits
 * until it is healthy.
 */
export async function startBenchService(env: Record<string, string>): Promise<BenchService> {
  const port = await freePort();
  const spawnedAt = performance.now();
  // BENCH_PROFILE_DIR=<dir> writes a V8 CPU profile of each service process there (to see where time goes).
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  // BENCH_SERVICE_NODE_OPTIONS adds Node options after `npm start`'s (memory experiments: `--max-old-space-size=96`).
  const extra = process.env.BENCH_SERVICE_NODE_OPTIONS?.split(/\s+/).filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...profile, ...startNodeOptions(), ...extra, 'dist/src/main.js'], {
    env: { ...process.env, ...env, PORT: String(port) },
    // BENCH_SERVICE_LOG=info shows the service's own log lines (to find where time goes).
    stdio: ['ignore', process.env.BENCH_SERVICE_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error('the service did not become healthy');
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const startMs = performance.now() - spawnedAt;
  return {
    port,
    eventUrl: `http://127.0.0.1:${port}/webhook/feishu/event`,
    child,
    startMs,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** CPU seconds (user + system) a process has used so far (Linux `/proc`, clock ticks of 10 ms). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Math.round((Number(fields[11]) + Number(fields[12])) / 10) / 10;
}

/** Resident set size of a process in MB (Linux `/proc`). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** The service's own memory figures from its `/metrics` (prom-client's defaults), in MB. */
export async function serviceMemoryMb(
  port: number,
): Promise<{ heapUsed: number; heapTotal: number; external: number }> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const mb = (name: string) => {
    const bytes = Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
    return Math.round((bytes / 1024 ** 2) * 10) / 10;
  };
  return {
    heapUsed: mb('nodejs_heap_size_used_bytes'),
    heapTotal: mb('nodejs_heap_size_total_bytes'),
    external: mb('nodejs_external_memory_bytes'),
  };
}
