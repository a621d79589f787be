/* The final table against the performance targets, printed and saved as test-artifacts/bench-<stamp>.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Row {
  metric: string;
  measured: string;
  floor: string;
  target: string;
  /** null: informational, no target of its own. */
  pass: boolean | null;
}

export function verdict(pass: boolean | null): string {
  return pass === null ? '—' : pass ? 'pass' : 'FAIL';
}

export function markdownTable(rows: Row[]): string {
  return grid([
    ['metric', 'measured', 'floor (same run)', 'target', 'pass/fail'],
    ...rows.map((r) => [r.metric, r.measured, r.floor, r.target, verdict(r.pass)]),
  ]);
}

/** A markdown table of text cells, the first row its header, columns aligned. */
export function grid(cells: string[][]): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((c) => width(c[i]))));
  const line = (c: string[]) => `| ${c.map((v, i) => v + ' '.repeat(widths[i] - width(v))).join(' | ')} |`;
  return [
    line(cells[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** Display width: CJK characters take two columns, so the table lines up in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

export function saveReport(dir: string, stamp: string, body: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${stamp}.md`);
  writeFileSync(file, body);
  return file;
}
