/**
 * The page of GB/T 9704-2012 (党政机关公文格式), in the units each renderer needs: A4, 天头 37 mm,
 * 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters of 三号 (16 pt) 仿宋 per page.
 */
export const GBT9704 = {
  pageWidthMm: 210,
  pageHeightMm: 297,
  topMm: 37,
  leftMm: 28,
  textWidthMm: 156,
  textHeightMm: 225,
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE = {
  /** 二号: titles. */
  er: 22,
  /** 三号: body text. */
  san: 16,
  /** 四号: 版记 (印发 line), page numbers. */
  si: 14,
  /** 五号: small print (the verification line). */
  wu: 10.5,
} as const;

/** Points per millimetre (PDF user space). */
export const mm = (value: number): number => (value * 72) / 25.4;

/** Twentieths of a point per millimetre (Word page geometry), rounded to whole twips. */
export const twips = (value: number): number => Math.round((value * 1440) / 25.4);

/** Margins of the GB/T 9704 page, in millimetres: what is left of A4 around the 版心. */
export function pageMarginsMm() {
  const { pageWidthMm, pageHeightMm, topMm, leftMm, textWidthMm, textHeightMm } = GBT9704;
  return {
    top: topMm,
    left: leftMm,
    right: pageWidthMm - leftMm - textWidthMm,
    bottom: pageHeightMm - topMm - textHeightMm,
  };
}

/** Baseline-to-baseline distance that gives 22 lines in the 版心's height, in points. */
export function linePitchPt(): number {
  return mm(GBT9704.textHeightMm) / GBT9704.linesPerPage;
}

/** The red of the 版头 and its separator line (GB/T 9704: 红色). */
export const OFFICIAL_RED = '#E60012';
