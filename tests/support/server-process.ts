// Runs the real server as a child process on a data folder, for the crash and shutdown tests, and signs in to it:
// `server/main.ts` through tsx, or with `compiled` the build that `npm start` runs (`dist/server/main.js`, see
// buildServer).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { TEST_PASSWORD } from './test-app.ts';

const ROOT = new URL('../../', import.meta.url);

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** The signal that ended the process, null when it exited by itself. */
  exited: Promise<NodeJS.Signals | null>;
  /** How the process ended: its exit code, or the signal that ended it. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the server has printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the output once it matches `pattern` (a line the server logs), or rejects if the server exits first. */
  printed(pattern: RegExp): Promise<string>;
}

/** Compiles the server as `npm run build:server` does, into dist/. */
export async function buildServer(): Promise<void> {
  await promisify(execFile)('npm', ['run', 'build:server'], { cwd: ROOT });
}

/** Starts the server on a random port with `env` added, and resolves once it logs its URL. */
export function spawnServer(dataDir: string, env: Record<string, string> = {}, { compiled = false } = {}): Promise<ServerProcess> {
  const args = compiled ? ['dist/server/main.js'] : ['--import', 'tsx', 'server/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const exited = ended.then(({ signal }) => signal);
  let out = '';
  const watchers = new Set<() => void>();
  const take = (chunk: Buffer) => {
    out += chunk.toString();
    for (const watcher of watchers) watcher();
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const printed = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(out)) return;
        watchers.delete(check);
        resolve(out);
      };
      watchers.add(check);
      check();
      void ended.then(() => {
        if (!watchers.has(check)) return;
        watchers.delete(check);
        reject(new Error(`server exited before printing ${pattern}:\n${out}`));
      });
    });
  return printed(/running at (http:\/\/\S+)/).then((text) => ({
    child,
    url: /running at (http:\/\/\S+)/.exec(text)![1]!,
    exited,
    ended,
    output: () => out,
    printed,
  }));
}

/** Signs in as the editor (setting the account up on a new store); returns the headers an API write needs. */
export async function signInHeaders(url: string): Promise<Record<string, string>> {
  const setup = await fetch(`${url}/api/setup`);
  const path = (await setup.json()).needed ? '/api/setup' : '/api/session';
  const body = { username: 'editor', displayName: 'Edith', password: TEST_PASSWORD };
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(path === '/api/setup' ? body : { username: body.username, password: body.password }),
  });
  if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  return { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': (await res.json()).csrfToken };
}
