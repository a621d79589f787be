import { EVIDENCE_TYPES } from '@duban/rules';
import { declaredTypeAgrees, nameForType } from './file-type';

const type = (mime: string) => EVIDENCE_TYPES.find((t) => t.mime === mime)!;

describe('nameForType', () => {
  it('adds the extension a name lacks and keeps a matching one', () => {
    expect(nameForType('扫描件', type('image/png'))).toBe('扫描件.png');
    expect(nameForType('a.JPEG', type('image/jpeg'))).toBe('a.JPEG');
  });

  it('refuses an extension that names another type', () => {
    expect(() => nameForType('photo.pdf', type('image/png'))).toThrow('与文件内容（png）不符');
    expect(() => nameForType('setup.exe', type('image/png'))).toThrow();
  });
});

describe('declaredTypeAgrees', () => {
  it('accepts the detected type, its aliases and a generic declaration', () => {
    expect(declaredTypeAgrees('image/jpeg', type('image/jpeg'))).toBe(true);
    expect(declaredTypeAgrees('image/jpg', type('image/jpeg'))).toBe(true);
    expect(declaredTypeAgrees('application/octet-stream', type('application/pdf'))).toBe(true);
    expect(declaredTypeAgrees(undefined, type('application/pdf'))).toBe(true);
  });

  it('refuses any other declared type', () => {
    expect(declaredTypeAgrees('image/png', type('image/jpeg'))).toBe(false);
    expect(declaredTypeAgrees('text/html', type('application/pdf'))).toBe(false);
  });
});
