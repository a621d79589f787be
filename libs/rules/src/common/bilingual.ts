/** Every label or reason a user can see, in both UI languages (Chinese first). */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Joins several reasons; the zh separator is full-width because zh parts may already contain '，'. */
export function joinBilingual(parts: readonly Bilingual[], zhSep = '；', enSep = '; '): Bilingual {
  return { zh: parts.map((p) => p.zh).join(zhSep), en: parts.map((p) => p.en).join(enSep) };
}

/** Integer percent for reasons ("进度40%"); rates stay exact in the numbers themselves. */
export function pct(value: number): string {
  return `${Math.round(value)}%`;
}

/** Plain number for messages: at most 4 decimals, no float noise (33.300000000000004 → 33.3). */
export function num(value: number): string {
  return String(Number(value.toFixed(4)));
}
