// Starts the real server as its own process on loopback, signs in, and reports its memory: the compiled build that
// `npm start` runs (dist/server/main.js; `npm run bench` builds it first).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { BENCH_PASSWORD } from './generate-store.ts';

export interface BenchServer {
  url: string;
  child: ChildProcess;
  headers: Record<string, string>;
  rssMb: () => Promise<number>;
  stop: () => Promise<void>;
}

/** `env` is added to the server's environment (DATABASE_URL selects the PostgreSQL store). */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: new URL('../', import.meta.url),
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (!match) return;
      // The request lines that follow are read and dropped, not kept for the whole run.
      child.stdout!.off('data', read).resume();
      resolve(match[1]!);
    };
    child.stdout!.on('data', read);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  const res = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'editor', password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`bench sign-in failed: ${res.status}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    url,
    child,
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    rssMb: async () => {
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
