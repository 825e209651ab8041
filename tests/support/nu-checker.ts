// The Nu Html Checker (vnu.jar from the vnu-jar package: the checker behind validator.w3.org/nu), run offline on
// documents written to a temporary folder, all in one JVM. Needs Java 17+ (`.ci/run` installs it when missing).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

export interface NuMessage {
  /** The document, by the name it was given. */
  document: string;
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning' | 'fatal';
  message: string;
  extract?: string;
  lastLine?: number;
}

/**
 * Checks each document (`name` ends in `.html`, or `.css` for a stylesheet, which vnu checks with `--also-check-css`)
 * and returns every error and warning; the checker's informational notes are left out.
 */
export async function nuCheck(documents: readonly { name: string; text: string }[]): Promise<NuMessage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'claimdesk-nu-'));
  try {
    const files = documents.map(({ name, text }) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return file;
    });
    const { stdout } = await run('java', ['-jar', JAR, '--format', 'json', '--stdout', '--exit-zero-always', '--also-check-css', ...files], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const { messages } = JSON.parse(stdout) as { messages: (Omit<NuMessage, 'document'> & { url?: string })[] };
    return messages
      .filter((m) => m.type !== 'info' || m.subType === 'warning')
      .map(({ url, ...m }) => ({ document: url ? basename(decodeURIComponent(new URL(url).pathname)) : '?', ...m }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
