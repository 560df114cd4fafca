// Human-readable evaluation report: the figures, then every miss, false positive and wrong
// resolution, so a regression names the sentence that broke.
import { BARS, type EvalReport } from './score.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function formatReport(report: EvalReport): string {
  const t = report.totals;
  const lines = [
    `recognition  P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}  (tp ${t.truePositives}, fp ${t.falsePositives}, fn ${t.falseNegatives})`,
    `resolution   accuracy ${pct(t.resolutionAccuracy)} (${t.resolvedCorrectly}/${t.resolved})  acc@161km ${pct(t.accuracyAt161)}  median error ${t.medianErrorKm.toFixed(1)} km`,
    `end-to-end   F1 ${pct(t.endToEndF1)}`,
    `bars         recognition F1 ≥ ${pct(BARS.recognitionF1)}, resolution accuracy ≥ ${pct(BARS.resolutionAccuracy)}: ${report.meetsBars ? 'met' : 'NOT MET'}`,
  ];
  if (report.findings.length) lines.push('', 'findings:');
  for (const f of report.findings) lines.push(`  ${f.kind.padEnd(16)} ${f.doc}:${f.start}-${f.end} "${f.text}" ${f.detail}`);
  return lines.join('\n') + '\n';
}
