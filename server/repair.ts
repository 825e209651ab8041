// `npm run repair`: restores the store in DATA_DIR (default data/): a damaged snapshot from the copy kept beside it,
// a damaged or altered journal line by skipping it alone, listing the records it touched.
import { projectPath } from './paths.ts';
import { repairStore } from './store/repair.ts';

const dataDir = process.env.DATA_DIR ?? projectPath('data/');
const outcome = await repairStore(dataDir);
if (outcome.status === 'healthy') console.log(`${outcome.file} reads fine: nothing to repair.`);
else if (outcome.status === 'restored') {
  for (const action of outcome.actions) console.log(`Repair: ${action}.`);
  console.log(`The store now reads, with ${outcome.claims} claims. Damaged files kept as: ${outcome.damagedCopies.join(', ')}`);
  if (outcome.skipped.length > 0) console.log('Check the records listed above: each is back to its state before the skipped line.');
} else {
  console.error(`Cannot repair ${outcome.file}: ${outcome.problem}`);
  process.exit(1);
}
