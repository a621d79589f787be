/*
 * The scale curve (issue 13): `npm run bench:growth -- <summary.json> …` prints one row per bench run
 * (city, province, two provinces…) from the summaries each run saves next to its table
 * (test-artifacts/bench-<stamp>.json), and how each figure grows against the first row.
 */
import { readFileSync } from 'node:fs';
import { grid } from './report';

/** What one run saves for the curve. */
export interface Summary {
  region: string;
  /** ROLLUP_VIEW_CACHE_MS of the API in that run. */
  viewCacheMs: number;
  commit: string;
  load: number;
  units: number;
  assignments: number;
  cascadeMs: number;
  cascadeFloorMs: number;
  leaderRps: number;
  leaderP95: number;
  peerRps: number;
  freshP95: number;
  peakRssMb: number;
}

const grow = (v: number, base: number) => (base ? ` (×${(v / base).toFixed(2)})` : '');

export function growthTable(runs: Summary[]): string {
  const [b] = runs;
  return grid([
    [
      'run',
      'units',
      'assignments',
      'cascade (floor)',
      'leader req/s',
      'leader p95',
      'peer req/s',
      'fresh p95',
      'peak RSS',
      'load',
    ],
    ...runs.map((s) => [
      `${s.region}, view cache ${s.viewCacheMs} ms @ ${s.commit}`,
      `${s.units.toLocaleString('en')}${grow(s.units, b.units)}`,
      `${s.assignments.toLocaleString('en')}${grow(s.assignments, b.assignments)}`,
      `${s.cascadeMs.toFixed(0)} ms${grow(s.cascadeMs, b.cascadeMs)} (${s.cascadeFloorMs.toFixed(0)} ms)`,
      `${s.leaderRps.toFixed(0)}${grow(s.leaderRps, b.leaderRps)}`,
      `${s.leaderP95.toFixed(0)} ms${grow(s.leaderP95, b.leaderP95)}`,
      `${s.peerRps.toFixed(0)}${grow(s.peerRps, b.peerRps)}`,
      `${s.freshP95.toFixed(0)} ms`,
      `${s.peakRssMb.toFixed(0)} MB${grow(s.peakRssMb, b.peakRssMb)}`,
      s.load.toFixed(1),
    ]),
  ]);
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error('usage: growth.ts <bench-….json> …');
  console.log(growthTable(files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Summary)));
}
