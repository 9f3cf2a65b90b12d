import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The service as a real operating-system process (`src/main.ts` through tsx, as `npm run dev` runs it:
 * no build step before the tests), for tests that kill it, restart it or take its database away.
 */

/** Starts `src/main.ts` with `env` on `port` and waits until `/healthz` answers 200. */
export async function startServiceProcess(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: process.env.SERVICE_TEST_LOG ?? 'warn' },
    stdio: ['ignore', process.env.SERVICE_TEST_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  try {
    await waitFor(() => isHealthy(port), 'the service to become healthy', 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return child;
}

/** Whether the service on `port` answers `/healthz` with 200. */
export function isHealthy(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
}

/** Kills a process with SIGKILL (kill -9) and waits until it is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Polls `check` every 50 ms until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A free-looking TCP port for a test's service (random in 20000–39999). */
export function randomPort(): number {
  return 20_000 + Math.floor(Math.random() * 20_000);
}
