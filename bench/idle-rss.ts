// Idle memory of the server on a new demo store (issue 14's target: at most 120 MB on lowdb): the compiled build that
// `npm start` runs, beside the TypeScript sources run through tsx as `npm start` did before. Each is started on a
// fresh data folder, asked /api/ready until it answers 200, left alone for two seconds, and its VmRSS read.
// Alone: `npx tsx bench/idle-rss.ts` (builds the server first).
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './measure.ts';

const ROOT = new URL('../', import.meta.url);
const SETTLE_MS = 2000;

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** Starts the server with `args` on a new demo store; once ready and settled, returns its RSS in MB. */
async function idleRss(args: string[]): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'claimdesk-rss-'));
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
    });
    while ((await fetch(`${url}/api/ready`)).status !== 200) await sleep(100);
    await sleep(SETTLE_MS);
    return await rssMb(child.pid!);
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function benchIdleRss(): Promise<BenchRow[]> {
  const compiled = await idleRss(['dist/server/main.js']);
  const tsx = await idleRss(['--import', 'tsx', 'server/main.ts']);
  return [
    { name: 'idle RSS, compiled (node dist/server/main.js; target ≤ 120)', value: compiled, unit: 'MB' },
    { name: 'idle RSS, sources through tsx (node --import tsx server/main.ts)', value: tsx, unit: 'MB' },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const build = spawn('npm', ['run', 'build:server'], { cwd: ROOT, stdio: 'inherit' });
  const code = await new Promise((resolve) => build.on('exit', resolve));
  if (code !== 0) throw new Error(`npm run build:server exited with ${code}`);
  for (const row of await benchIdleRss()) console.log(`${row.name}: ${row.value.toFixed(1)} ${row.unit}`);
}
