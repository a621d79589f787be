import { TEXT_LIMITS } from '@duban/rules';
import { badInput, Bilingual } from '@duban/platform';

/** Longest stored file name, in characters (the stored_file column). */
export const FILE_NAME_MAX = TEXT_LIMITS.fileName;

const refuse = (text: Bilingual) => badInput(text, 'file.name');

/**
 * The name a file is stored and offered under. What can be made harmless is (Unicode NFC, invisible
 * and direction-override characters dropped, characters Windows forbids replaced, runs of spaces
 * collapsed, trailing dots and spaces trimmed); what would change the name's meaning is refused:
 * slashes and backslashes (so any `../`), `..`, control characters, an empty, hidden (leading dot)
 * or over-long name.
 */
export function sanitiseFileName(raw: string): string {
  // C0, DEL and C1 controls: refused rather than dropped, since they never belong in a name.
  if ([...raw].some(isControl))
    throw refuse({ zh: '文件名不能包含控制字符', en: 'The file name may not contain control characters' });
  // With slashes refused, "../" cannot occur; a bare ".." is refused with them as a path step.
  if (/[/\\]/.test(raw) || raw.trim() === '..')
    throw refuse({
      zh: '文件名不能包含斜杠或“..”',
      en: 'The file name may not contain slashes or “..”',
    });
  const name = raw
    .normalize('NFC')
    // Zero-width, bidi overrides and isolates (which can disguise "gpj.exe" as "exe.jpg"), BOM.
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  if (!name || name.startsWith('.'))
    throw refuse({ zh: '文件名不能为空', en: 'The file name may not be empty' });
  if ([...name].length > FILE_NAME_MAX)
    throw refuse({
      zh: `文件名不能超过${FILE_NAME_MAX}个字符`,
      en: `The file name may not exceed ${FILE_NAME_MAX} characters`,
    });
  return name;
}

function isControl(c: string): boolean {
  const code = c.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** The lower-case extension of a sanitised name, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
