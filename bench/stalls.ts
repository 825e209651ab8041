// Benchmark: one hostile request of each class that once froze the server (tests/fixtures/hostile-inputs.ts), at its
// size limit, against the real server in a process of its own: the longest event-loop delay in that process while
// the request runs (perf_hooks.monitorEventLoopDelay), the request's time, and the worst /api/health latency meanwhile.
// Target: no request within the limits blocks the loop for more than 100 ms.
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server/start.ts';
import { HOSTILE_CASES, firstEditor } from '../tests/fixtures/hostile-inputs.ts';
import { BENCH_PASSWORD } from './generate-store.ts';
import type { BenchRow } from './measure.ts';

/** A case still unanswered after this long is stopped (its process killed): a stall, not a figure to wait for. */
const TIMEOUT_MS = Number(process.env.BENCH_STALL_TIMEOUT_S ?? 60) * 1000;

interface ProbeResult {
  status: number;
  code: string | null;
  requestMs: number;
  maxDelayMs: number;
}
type ProbeMessage = { ready: string } | { result: ProbeResult };

/**
 * Runs case `index` against a server listening in this very process, so that its event loop is the one measured:
 * sets up, tells the parent the server's URL, and sends the request once the parent says go.
 */
async function probe(index: number): Promise<void> {
  const hostile = HOSTILE_CASES[index]!;
  const dir = await mkdtemp(join(tmpdir(), 'claimdesk-stalls-'));
  const server = await startServer({ dataDir: dir, port: 0, clientDir: null, log: () => {} });
  try {
    const api = await firstEditor(server.url, BENCH_PASSWORD);
    const prepared = hostile.setup ? await hostile.setup(api) : '';
    // The HTML worker starts on first use (loading jsdom takes a while): start it first, so the figures are the page's.
    await api('POST', '/api/articles/preview', JSON.stringify({ html: '<p>Warming up.</p>' }));
    const go = new Promise((resolve) => process.once('message', resolve));
    process.send!({ ready: server.url } satisfies ProbeMessage);
    await go;

    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const t0 = performance.now();
    const answer = await hostile.send(api, prepared);
    const requestMs = performance.now() - t0;
    delay.disable();
    const error = (answer.body as { error?: { code?: string } } | null)?.error;
    const result = { status: answer.status, code: error?.code ?? null, requestMs, maxDelayMs: delay.max / 1e6 };
    await new Promise((resolve) => process.send!({ result } satisfies ProbeMessage, resolve));
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs case `index` in a child process, polling its /api/health from this one while the request runs (a poller in
 * the server's own process would stall with it and never see the wait); null when it was killed after TIMEOUT_MS.
 */
function runCase(index: number): Promise<(ProbeResult & { worstHealthMs: number; polls: number }) | null> {
  const child = fork(fileURLToPath(import.meta.url), ['--probe', String(index)], {
    cwd: new URL('../', import.meta.url),
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const health: number[] = [];
  let polling: Promise<void> = Promise.resolve();
  let running = true;
  const poll = async (url: string) => {
    while (running) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/health`).catch(() => null); // null: the server was killed at the timeout
      if (!res) return;
      await res.arrayBuffer();
      health.push(performance.now() - t0);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  let result: ProbeResult | null = null;
  child.on('message', (message: ProbeMessage) => {
    if ('ready' in message) {
      // One poll first, so that this process's first connection is not counted as the server's wait.
      void fetch(`${message.ready}/api/health`)
        .then((res) => res.arrayBuffer())
        .then(() => {
          polling = poll(message.ready);
          child.send('go');
        });
    } else {
      result = message.result;
      running = false;
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running = false;
      if (signal === 'SIGKILL') resolve(null);
      else if (code === 0 && result) void polling.then(() => resolve({ ...result!, worstHealthMs: Math.max(0, ...health), polls: health.length }));
      else reject(new Error(`stall probe ${index} exited with ${code}`));
    });
  });
}

export async function benchStalls(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [index, hostile] of HOSTILE_CASES.entries()) {
    const result = await runCase(index);
    if (!result) {
      rows.push({ name: `${hostile.name}: no answer, stopped after`, value: TIMEOUT_MS, unit: 'ms' });
      continue;
    }
    const answer = `answered ${result.status}${result.code ? ` ${result.code}` : ''}`;
    rows.push(
      { name: `${hostile.name} (${answer}): longest event-loop delay`, value: result.maxDelayMs, unit: 'ms' },
      { name: `${hostile.name}: request time`, value: result.requestMs, unit: 'ms' },
      { name: `${hostile.name}: worst /api/health of ${result.polls}`, value: result.worstHealthMs, unit: 'ms' },
    );
  }
  return rows;
}

const main = process.argv[1] === fileURLToPath(import.meta.url);
const probeIndex = process.argv.indexOf('--probe');
if (main && probeIndex > 0) {
  await probe(Number(process.argv[probeIndex + 1]));
  process.exit(0);
} else if (main) {
  console.table((await benchStalls()).map((r) => ({ measure: r.name, value: Number(r.value.toFixed(1)), unit: r.unit })));
}
