import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A TrueType/OpenType file pdfkit embeds (subset) into a PDF. */
export interface FontFace {
  file: string;
  /** The family found (for the document info and the logs). */
  family: string;
}

/** The three faces of a GB/T 9704 page: 仿宋 body, 黑体/小标宋 headings, 楷体 for signatures and notes. */
export interface FormFonts {
  body: FontFace;
  heading: FontFace;
  kai: FontFace;
  /** True when a face is the shipped Noto Serif SC because no installed face was found. */
  fallback: boolean;
}

/** The names Word is told to use (DOCX carries names, not font files). */
export const WORD_FONTS = {
  body: '仿宋_GB2312',
  heading: '黑体',
  title: '宋体',
  kai: '楷体_GB2312',
} as const;

const WANTED = {
  body: ['FangSong_GB2312', '仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', '华文仿宋'],
  heading: ['SimHei', '黑体', 'STHeiti', '华文黑体', 'Noto Sans CJK SC', 'Source Han Sans SC'],
  kai: ['KaiTi_GB2312', '楷体_GB2312', 'KaiTi', '楷体', 'STKaiti', '华文楷体'],
} as const;

/** Where these faces usually sit on Linux when fontconfig does not know them. */
const KNOWN_FILES: Record<keyof typeof WANTED, string[]> = {
  body: [
    '/usr/share/fonts/truetype/fangsong/simfang.ttf',
    '/usr/share/fonts/chinese/simfang.ttf',
    '/usr/share/fonts/windows/simfang.ttf',
    '/usr/share/fonts/truetype/windows-font/simfang.ttf',
  ],
  heading: [
    '/usr/share/fonts/truetype/simhei/simhei.ttf',
    '/usr/share/fonts/chinese/simhei.ttf',
    '/usr/share/fonts/windows/simhei.ttf',
    '/usr/share/fonts/truetype/windows-font/simhei.ttf',
  ],
  kai: [
    '/usr/share/fonts/truetype/kaiti/simkai.ttf',
    '/usr/share/fonts/chinese/simkai.ttf',
    '/usr/share/fonts/windows/simkai.ttf',
    '/usr/share/fonts/truetype/windows-font/simkai.ttf',
  ],
};

const NOTO = (weight: '400Regular' | '700Bold') =>
  require.resolve(`@expo-google-fonts/noto-serif-sc/${weight}/NotoSerifSC_${weight}.ttf`);

/** Only single-face files: pdfkit needs a face name to open a collection, and fontconfig's guess may differ. */
const EMBEDDABLE = /\.(ttf|otf)$/i;

/**
 * Asks fontconfig for `name`; accepts its answer only when it really is that family (fc-match always
 * answers something, e.g. DejaVu for a missing 仿宋).
 */
function fcMatch(name: string): FontFace | null {
  try {
    const out = execFileSync('fc-match', ['-f', '%{file}\t%{family}', `${name}:lang=zh-cn`], {
      encoding: 'utf8',
      timeout: 2_000,
    });
    const [file, families = ''] = out.split('\t');
    const found = families.split(',').some((f) => f.trim().toLowerCase() === name.toLowerCase());
    return found && EMBEDDABLE.test(file) && existsSync(file) ? { file, family: name } : null;
  } catch {
    return null;
  }
}

function installed(role: keyof typeof WANTED): FontFace | null {
  for (const name of WANTED[role]) {
    const face = fcMatch(name);
    if (face) return face;
  }
  const file = KNOWN_FILES[role].find((f) => existsSync(f));
  return file ? { file, family: WANTED[role][0] } : null;
}

let cached: FormFonts | null = null;

/**
 * The faces for PDF forms: installed 仿宋/黑体/楷体 where fontconfig or the usual paths have them,
 * otherwise Noto Serif SC shipped with `@expo-google-fonts/noto-serif-sc` (regular for body and 楷体,
 * bold for headings). Looked up once per process.
 */
export function formFonts(): FormFonts {
  if (cached) return cached;
  const body = installed('body');
  const heading = installed('heading');
  const kai = installed('kai');
  const regular = { file: NOTO('400Regular'), family: 'Noto Serif SC' };
  cached = {
    body: body ?? regular,
    heading: heading ?? { file: NOTO('700Bold'), family: 'Noto Serif SC Bold' },
    kai: kai ?? body ?? regular,
    fallback: !body || !heading || !kai,
  };
  return cached;
}
