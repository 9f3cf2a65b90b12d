/**
 * The bench's load generator, run as its own process so its CPU is not the service's: it reads sealed
 * webhook requests (one JSON per line, see support/sealed-requests.ts) and POSTs them
 *
 * - open loop: `--rate <per second> --duration <s>`, each request at its scheduled instant whatever the
 *   answers (latency as a user of the platform sees it), or
 * - closed loop: `--concurrency <n> --duration <s>`, as fast as answers come back (throughput).
 *
 * It prints one JSON object: per request the message id, the epoch ms it was sent, the ms to the answer and
 * the HTTP status (0 for a network error).
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import type { SealedLine } from './support/sealed-requests.js';

/** One request's outcome: [message id, sent at (epoch ms), latency (ms), HTTP status]. */
export type Sample = [string, number, number, number];

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    file: { type: 'string' },
    rate: { type: 'string' },
    concurrency: { type: 'string' },
    duration: { type: 'string' },
  },
});
const url = new URL(values.url ?? '');
const requests = readFileSync(values.file ?? '', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as SealedLine);
const durationMs = Number(values.duration ?? '10') * 1000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

function post(line: SealedLine): Promise<Sample> {
  const sentAt = Date.now();
  const start = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { ...line.headers, 'Content-Length': Buffer.byteLength(line.body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve([line.messageId, sentAt, performance.now() - start, res.statusCode ?? 0]));
      },
    );
    req.on('error', () => resolve([line.messageId, sentAt, performance.now() - start, 0]));
    req.end(line.body);
  });
}

async function openLoop(rate: number): Promise<Sample[]> {
  const count = Math.min(requests.length, Math.floor((rate * durationMs) / 1000));
  const begin = performance.now();
  const pending: Promise<Sample>[] = [];
  for (let i = 0; i < count; i++) {
    const due = begin + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const line = requests[i];
    if (line) pending.push(post(line));
  }
  return Promise.all(pending);
}

async function closedLoop(concurrency: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const end = performance.now() + durationMs;
  let next = 0;
  const worker = async () => {
    while (performance.now() < end && next < requests.length) {
      const line = requests[next++];
      if (line) samples.push(await post(line));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return samples;
}

const samples = values.rate
  ? await openLoop(Number(values.rate))
  : await closedLoop(Number(values.concurrency ?? '16'));
agent.destroy();
process.stdout.write(JSON.stringify({ samples }));
