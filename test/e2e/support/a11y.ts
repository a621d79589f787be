/* axe-core in the browser suite: a page (with whatever dialog is open) has no serious or critical violation. */
import path from 'node:path';
import type { Page } from 'playwright-core';

const AXE = path.join(path.dirname(require.resolve('axe-core/package.json')), 'axe.min.js');
/** WCAG 2.0/2.1/2.2, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Violations that come from antd's own markup and cannot be fixed from our code: rule id and the selector
 * (a CSS selector axe matches with `exclude`). Each says why; keep the list short.
 */
const ANTD_EXCLUDES: { rule: string; selector: string; why: string }[] = [
  {
    rule: 'aria-hidden-focus',
    selector: '.ant-table-measure-row',
    why: 'antd Table renders a hidden row to measure column widths; it is aria-hidden and never receives focus',
  },
];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe on the page as it is now; fails with one readable line per offending element. */
export async function checkA11y(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"')))
    await page.addScriptTag({ path: AXE });
  const options = JSON.stringify({
    runOnly: { type: 'tag', values: TAGS },
    resultTypes: ['violations'],
  });
  const excluded = JSON.stringify(ANTD_EXCLUDES);
  const violations = await page.evaluate<Violation[]>(`(async () => {
    const r = await window.axe.run(document, ${options});
    const excluded = ${excluded};
    return r.violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.filter((n) => !excluded.some((e) => e.rule === v.id &&
          n.target.some((t) => { const el = document.querySelector(String(t)); return el && el.matches(e.selector); })))
          .map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 160) })) }))
      .filter((v) => v.nodes.length);
  })()`);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (!serious.length) return;
  const lines = serious.flatMap((v) =>
    v.nodes.map((n) => `  [${v.impact}] ${v.id}: ${n.target.join(' ')} — ${v.help}\n      ${n.html}`),
  );
  throw new Error(`axe: ${lines.length} serious/critical violation(s) on ${name}:\n${lines.join('\n')}`);
}
