// `npm run repair`: restores the store in DATA_DIR (default data/) from the last good copy kept beside it.
import { fileURLToPath } from 'node:url';
import { repairStore } from './store/repair.ts';

const dataDir = process.env.DATA_DIR ?? fileURLToPath(new URL('../data/', import.meta.url));
const outcome = await repairStore(dataDir);
if (outcome.status === 'healthy') console.log(`${outcome.file} reads fine: nothing to repair.`);
else if (outcome.status === 'restored') {
  console.log(`Restored ${outcome.file} from ${outcome.from} (${outcome.claims} claims).`);
  console.log(`The damaged file is kept as ${outcome.damagedCopy}.`);
} else {
  console.error(`Cannot repair ${outcome.file}: ${outcome.problem}`);
  process.exit(1);
}
