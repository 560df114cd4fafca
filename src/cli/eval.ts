// `npm run eval`: geoparse the seed articles, score them against tests/fixtures/gold-seeds.json
// and print recognition P/R/F1, resolution accuracy, acc@161 km, median error, end-to-end F1
// and every miss. Exits 1 when the quality bars are not met, 2 on bad input.
import { loadGazetteer } from './load-gazetteer.ts';
import { evaluateSeeds } from '../eval/seeds.node.ts';
import { formatReport } from '../eval/report.ts';

try {
  const path = process.argv[2];
  const report = evaluateSeeds(path ? loadGazetteer(path) : loadGazetteer());
  process.stdout.write(formatReport(report));
  process.exitCode = report.meetsBars ? 0 : 1;
} catch (err) {
  process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
