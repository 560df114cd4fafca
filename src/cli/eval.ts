// `npm run eval [-- --gold FILE --docs DIR] [GAZETTEER]`: geoparse the articles a gold file
// names (default: the seed articles and tests/fixtures/gold-seeds.json), score them and print
// recognition P/R/F1, resolution accuracy, acc@161 km, median error, end-to-end F1 and every
// miss. Exits 1 when the quality bars are not met, 2 on bad input.
import { loadGazetteer } from './load-gazetteer.ts';
import { evaluateSeeds, GOLD_PATH, loadGold, SEEDS_DIR } from '../eval/seeds.node.ts';
import { formatReport } from '../eval/report.ts';

const USAGE = 'usage: npm run eval -- [--gold FILE] [--docs DIR] [GAZETTEER.json]';

function parseArgs(argv: readonly string[]): { gold: string; docs: string; gazetteer?: string } {
  let gold = GOLD_PATH;
  let docs = SEEDS_DIR;
  let gazetteer: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--gold' || arg === '--docs') {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a value (${USAGE})`);
      if (arg === '--gold') gold = value;
      else docs = value;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg} (${USAGE})`);
    else gazetteer = arg;
  }
  return { gold, docs, gazetteer };
}

try {
  const args = parseArgs(process.argv.slice(2));
  const gazetteer = args.gazetteer ? loadGazetteer(args.gazetteer) : loadGazetteer();
  const report = evaluateSeeds(gazetteer, loadGold(args.gold), args.docs);
  process.stdout.write(formatReport(report));
  process.exitCode = report.meetsBars ? 0 : 1;
} catch (err) {
  process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
