import { type Bilingual, num } from '../common/bilingual';
import { IllegalTransitionError, RuleViolation } from '../common/errors';
import { AssignmentAction, AssignmentStatus } from './assignment-state';
import { holdsItemOpen } from './completion';
import type { ReassignFacts } from './reassignment';

/**
 * 最多报一次 (report once): a split assignment (分解给下级单位) is reported only when every sub-unit
 * is finished, and its 办理情况报告 is composed from the sub-units' accepted reports. A fact
 * reported at one level (the quantified result) is reused above and never typed again.
 */

/** What the chain reads of a sub-assignment (a returned one holds it up until 改派: see completion). */
export interface ChildFacts extends ReassignFacts {
  status: AssignmentStatus;
  notApplicable: boolean;
}

/**
 * A sub-assignment holds up its parent's report while it is open and applicable. 已办结 and 不适用
 * do not; neither does a withdrawn one (撤销: it no longer exists for the chain). The same test as
 * "holds its item open" (`holdsItemOpen`), so a parent is reportable exactly when its sub-units
 * would let an item complete.
 */
export function blocksParentReport(c: ChildFacts): boolean {
  return holdsItemOpen(c);
}

export function countOpenChildren(children: readonly ChildFacts[]): number {
  return children.filter(blocksParentReport).length;
}

/**
 * Why a split assignment cannot be reported yet, or null when it can. `openChildren` is unknown
 * (undefined) when it was not loaded: then the answer is no (fail closed).
 */
export function splitReportRefusal(
  a: { split: boolean },
  openChildren: number | undefined,
): Bilingual | null {
  if (!a.split) return null;
  if (openChildren === 0) return null;
  if (openChildren === undefined)
    return {
      zh: '本任务已分解，尚未确认下级单位是否全部办结',
      en: 'This assignment was split and its sub-units have not been checked yet',
    };
  return {
    zh: `本任务已分解给下级单位，还有${openChildren}个下级单位未办结；请待其全部办结（或将不涉及的单位标为不适用）后再报送办理情况报告`,
    en: `This assignment was split among sub-units and ${openChildren} of them ${openChildren === 1 ? 'is' : 'are'} still open; report once each one is done or marked not applicable`,
  };
}

/** Refuses the report of a split assignment with open sub-units (the API answers CONFLICT). */
export function checkSplitReportable(
  a: { split: boolean; status: AssignmentStatus },
  openChildren: number | undefined,
): void {
  const refusal = splitReportRefusal(a, openChildren);
  if (refusal) throw new IllegalTransitionError(refusal, a.status, AssignmentAction.SUBMIT_REPORT);
}

/**
 * 主办/协办 (lead and co-units). When the issuing office names a lead unit (牵头/主办), every other
 * unit of that cascade is a co-unit (协办): one `CO` assignment each, siblings of the lead's `LEAD`
 * assignment (same item, same parent). A co-unit reports its input like any unit (its head signs,
 * the issuing office reviews it: the lead sees only its own subtree and cannot review another unit);
 * the lead's report is its consolidation: submitted only when every co-unit is done or 不适用, and
 * it cites the co-units' accepted reports exactly as a split assignment cites its sub-units'.
 */
export type AssignmentRoleName = 'LEAD' | 'CO';

/** What a citation points at: a sub-unit of a split assignment, or a co-unit of a lead. */
export enum CitationKind {
  SUB_UNIT = 'SUB_UNIT',
  CO_UNIT = 'CO_UNIT',
}

/**
 * Why a lead cannot report yet because of its co-units, or null when it can. Only a `LEAD` waits;
 * `openCoUnits` (co-units open and applicable, counted with `countOpenChildren`) unknown = no.
 */
export function coUnitsReportRefusal(
  a: { role?: AssignmentRoleName },
  openCoUnits: number | undefined,
): Bilingual | null {
  if (a.role !== 'LEAD') return null;
  if (openCoUnits === 0) return null;
  if (openCoUnits === undefined)
    return {
      zh: '尚未确认协办单位是否全部办结，主办单位暂不能报送',
      en: 'The co-units have not been checked yet, so the lead unit cannot report',
    };
  return {
    zh: `本单位为主办单位，还有${openCoUnits}个协办单位未办结；请待协办单位的报告审核通过（或标为不适用）后再汇总报送`,
    en: `Your unit leads this item and ${openCoUnits} co-unit${openCoUnits === 1 ? ' is' : 's are'} still open; report once each co-unit’s report is accepted or it is marked not applicable`,
  };
}

/** Refuses the lead's report while a co-unit is open (the API answers CONFLICT). */
export function checkCoUnitsReportable(
  a: { role?: AssignmentRoleName; status: AssignmentStatus },
  openCoUnits: number | undefined,
): void {
  const refusal = coUnitsReportRefusal(a, openCoUnits);
  if (refusal) throw new IllegalTransitionError(refusal, a.status, AssignmentAction.SUBMIT_REPORT);
}

/** The quantified result of a cited sub-unit report. */
export interface CitedResult {
  achieved: number | null;
}

/**
 * The composed report's achieved figure: the sum of the cited results, or null when no cited report
 * carries a figure (an item without quantified targets). Decimal noise is rounded away
 * (33.3 + 33.3 + 33.4 = 100).
 */
export function composeAchieved(cited: readonly CitedResult[]): number | null {
  const figures = cited.map((c) => c.achieved).filter((x): x is number => x !== null && x !== undefined);
  if (figures.length === 0) return null;
  return Number(figures.reduce((s, x) => s + x, 0).toFixed(6));
}

const EPSILON = 1e-9;

/**
 * A split assignment's figure is composed, never typed: a figure the submitter types is accepted only
 * when it equals the composed one (the admin may send back what it was shown); anything else is refused.
 */
export function checkTypedAchieved(typed: number | null | undefined, composed: number | null): void {
  if (typed === null || typed === undefined) return;
  if (composed !== null && Math.abs(typed - composed) <= EPSILON * Math.max(1, Math.abs(composed))) return;
  throw new RuleViolation(
    composed === null
      ? {
          zh: `下级单位的报告均未填报完成量，分解任务不能另行填写完成量（填写了${num(typed)}）`,
          en: `None of the sub-units' reports carries a figure, so a split assignment cannot have one typed in (you entered ${num(typed)})`,
        }
      : {
          zh: `分解任务的完成量由下级单位已审核通过的报告汇总为${num(composed)}，不能另行填写（填写了${num(typed)}）`,
          en: `A split assignment's achieved figure is the sum of its sub-units' accepted reports, ${num(composed)}; it cannot be typed in (you entered ${num(typed)})`,
        },
    'achieved',
  );
}

/** One line of a report for a summary: its first non-empty line, collapsed, at most `max` characters. */
export function excerpt(content: string, max = 40): string {
  const line =
    content
      .split(/\r?\n/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .find((l) => l.length > 0) ?? '';
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

/**
 * 主办+协办合计: the lead's own figure (typed, or composed from its sub-units) plus the cited
 * co-units' figures; null when none carries one. Each unit's figure still counts once in the
 * roll-up, at its own assignment: this total is what the lead's report states, not a new count.
 */
export function consolidateAchieved(own: number | null, coUnits: readonly CitedResult[]): number | null {
  return composeAchieved([{ achieved: own }, ...coUnits]);
}

/** A cited sub-unit report as the suggested summary lists it. */
export interface DraftChild {
  unitName: string;
  achieved: number | null;
  content: string;
}

const listed = (children: readonly DraftChild[], unit: string) =>
  children.map((c, i) => {
    const result = c.achieved === null ? '已办结' : `完成${num(c.achieved)}${unit}`;
    const text = excerpt(c.content);
    return `${i + 1}. ${c.unitName}：${result}${text ? `。${text}` : ''}`;
  });

/**
 * The suggested text of a composed report: each sub-unit with its result and a one-line excerpt,
 * then the total. The office edits it into its own summary; the figures stay as cited. A lead's
 * report (主办) adds its co-units (协办) the same way, then the consolidated total; an unsplit lead
 * (`split: false`) lists its co-units only and takes `ownAchieved` as its own figure.
 */
export function draftSummary(
  children: readonly DraftChild[],
  opts: {
    targetUnit?: string | null;
    notApplicable?: number;
    split?: boolean;
    ownAchieved?: number | null;
    coUnits?: readonly DraftChild[];
    coNotApplicable?: number;
  } = {},
): string {
  const unit = opts.targetUnit ?? '';
  const lines: string[] = [];
  const own = opts.split === false ? (opts.ownAchieved ?? null) : composeAchieved(children);
  if (opts.split !== false) {
    lines.push(`根据${children.length}个下级单位已审核通过的办理情况报告汇总：`, ...listed(children, unit));
    if (opts.notApplicable) lines.push(`另有${opts.notApplicable}个下级单位不适用。`);
    if (own !== null) lines.push(`合计完成${num(own)}${unit}。`);
  }
  const co = opts.coUnits ?? [];
  if (co.length || opts.coNotApplicable) {
    lines.push(`${co.length}个协办单位已审核通过的报送情况：`, ...listed(co, unit));
    if (opts.coNotApplicable) lines.push(`另有${opts.coNotApplicable}个协办单位不适用。`);
    const total = consolidateAchieved(own, co);
    if (total !== null) lines.push(`主办、协办单位合计完成${num(total)}${unit}。`);
  }
  return lines.join('\n');
}
