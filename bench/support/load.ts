import { spawn } from 'node:child_process';
import type { Sample } from '../load-generator.js';

/** What the load generator measured. */
export interface LoadResult {
  samples: Sample[];
}

/** One run of the load generator: open loop with `rate`, closed loop with `concurrency`. */
export interface LoadRun {
  url: string;
  file: string;
  durationSec: number;
  rate?: number;
  concurrency?: number;
}

/** Runs bench/load-generator.ts as a separate process and returns its samples. */
export function runLoad(run: LoadRun): Promise<LoadResult> {
  const args = ['--import', 'tsx', 'bench/load-generator.ts', '--url', run.url, '--file', run.file];
  args.push('--duration', String(run.durationSec));
  if (run.rate !== undefined) args.push('--rate', String(run.rate));
  if (run.concurrency !== undefined) args.push('--concurrency', String(run.concurrency));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadResult);
    });
  });
}

/** Whether the receiver acknowledged (the SDK's bare adapter answers 204, the service 200). */
export const acknowledged = (status: number) => status >= 200 && status < 300;
