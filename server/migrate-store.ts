// `npm run migrate-store -- --from <data folder | postgres://…> --to <data folder | postgres://…> [--force]`: copies a
// whole desk between a lowdb data folder and a PostgreSQL database, either way, then prints the count and content
// hash of every kind of entity on both sides. Exit 0: both sides hold the same desk (also when they already did:
// nothing is written then); 1: the copy failed or the sides differ; 2: refused (arguments, a target holding another
// desk without --force, a source database with pending migrations). No password of an address is ever printed.
import { parseArgs } from 'node:util';
import type { StoreData } from '../domain/schemas.ts';
import { STORE_FILE_NAME } from './store/file-store.ts';
import { ENTITY_KINDS, differingKinds, digestStoreData, type StoreDigest } from './store/store-digest.ts';
import { RefusedError, storeLocation, type StoreLocation } from './store/store-location.ts';

const USAGE = `Usage: npm run migrate-store -- --from <data folder | postgres://…> --to <data folder | postgres://…> [--force]
  A postgres:// or postgresql:// address is a PostgreSQL database (the target's migrations are applied first);
  anything else is a lowdb data folder. --force replaces a target that already holds another desk.`;

/**
 * The passwords written in the arguments (as typed and %-decoded), in URL or key=value form. Everything printed
 * passes through `scrub`, whatever produced the text: a driver's message, a parse error quoting an argument.
 */
function secretsIn(args: readonly string[]): string[] {
  const found = args.flatMap((arg) => [
    /:\/\/[^:/@\s]*:([^@\s]+)@/.exec(arg)?.[1],
    /password\s*=\s*'?([^'&\s]+)/i.exec(arg)?.[1],
  ]);
  const decoded = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return value; // a malformed %-escape: the raw form is all there is to hide
    }
  };
  const secrets = found.filter((s): s is string => Boolean(s)).flatMap((s) => [s, decoded(s)]);
  return [...new Set(secrets)].sort((a, b) => b.length - a.length);
}

const secrets = secretsIn(process.argv.slice(2));
const scrub = (text: string) => secrets.reduce((clean, secret) => clean.replaceAll(secret, '***'), text);
const say = (text: string) => console.log(scrub(text));
const complain = (text: string) => console.error(scrub(text));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)} s`;

function printDigest(title: string, digest: StoreDigest): void {
  say(title);
  for (const kind of ENTITY_KINDS) say(`  ${kind.padEnd(20)} ${String(digest[kind].count).padStart(9)}  sha256 ${digest[kind].sha256}`);
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const describeDesk = (data: StoreData) =>
  [count(data.articles.length, 'article'), count(data.claims.length, 'claim'), count(data.sources.length, 'source'), count(data.users.length, 'user')].join(', ');

async function migrate(from: StoreLocation, to: StoreLocation, force: boolean): Promise<number> {
  await from.openAsSource();
  let started = performance.now();
  const data = await from.read();
  if (data === null) throw new RefusedError(`${from.label} holds no Claimdesk store (no ${STORE_FILE_NAME} in it)`);
  const fromDigest = digestStoreData(data);
  say(`Read ${describeDesk(data)} from ${from.label} (${from.kind}) in ${seconds(started)}.`);

  const applied = await to.openAsTarget();
  if (applied.length > 0) say(`Applied to ${to.label}: ${applied.join(', ')}.`);
  const empty = await to.isEmpty();
  let held: StoreData | null = null;
  try {
    held = await to.read();
  } catch (error) {
    if (empty || !force) throw error;
    say(`${to.label} cannot be read as a desk (${messageOf(error)}); --force replaces it.`);
  }
  if (held !== null && differingKinds(fromDigest, digestStoreData(held)).length === 0) {
    printDigest(`${from.label} (${from.kind}):`, fromDigest);
    printDigest(`${to.label} (${to.kind}):`, digestStoreData(held));
    say(`Already the same: ${to.label} holds this desk; nothing was written.`);
    return 0;
  }
  if (!empty && !force) {
    const what = held ? `another desk (${describeDesk(held)})` : 'another desk';
    throw new RefusedError(`${to.label} already holds ${what}. Add --force to replace it with the desk of ${from.label}.`);
  }

  started = performance.now();
  await to.write(data, { replace: force });
  say(`Wrote it to ${to.label} (${to.kind})${empty ? '' : ', replacing what it held,'} in ${seconds(started)}.`);

  const written = await to.read();
  if (written === null) throw new Error(`${to.label} holds no store after writing it`);
  const toDigest = digestStoreData(written);
  printDigest(`${from.label} (${from.kind}):`, fromDigest);
  printDigest(`${to.label} (${to.kind}):`, toDigest);
  const differing = differingKinds(fromDigest, toDigest);
  if (differing.length > 0) {
    complain(`The two sides differ in: ${differing.join(', ')}.`);
    return 1;
  }
  say('The same on both sides: every count and hash is equal.');
  return 0;
}

async function main(args: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    complain(`${messageOf(error)}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    say(USAGE);
    return 0;
  }
  if (!options.from || !options.to) {
    complain(`Give both --from and --to.\n${USAGE}`);
    return 2;
  }
  const from = storeLocation(options.from, { log: complain });
  const to = storeLocation(options.to, { log: complain });
  try {
    return await migrate(from, to, options.force);
  } catch (error) {
    if (error instanceof RefusedError) {
      complain(`Refused: ${error.message}`);
      return 2;
    }
    complain(`Failed: ${messageOf(error)}`);
    return 1;
  } finally {
    await Promise.all([from.close(), to.close()]);
  }
}

process.exitCode = await main(process.argv.slice(2));
