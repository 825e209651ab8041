// Runs the real server (`server/main.ts`) as a child process on a data folder, for the crash tests, and signs in to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { TEST_PASSWORD } from './test-app.ts';

const ROOT = new URL('../../', import.meta.url);

/** Starts the server on a random port with `env` added, and resolves with its URL once it prints it. */
export function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; exited: Promise<NodeJS.Signals | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]!, exited });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
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
