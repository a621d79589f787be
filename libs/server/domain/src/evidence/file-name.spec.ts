import { extensionOf, FILE_NAME_MAX, sanitiseFileName } from './file-name';

const refusal = (name: string) => {
  try {
    sanitiseFileName(name);
  } catch (e) {
    return (e as { extensions: { code: string; field: string } }).extensions;
  }
  return null;
};

describe('sanitiseFileName', () => {
  it('keeps ordinary Chinese and English names', () => {
    expect(sanitiseFileName('验收单（第2版）.pdf')).toBe('验收单（第2版）.pdf');
    expect(sanitiseFileName('Site photo 1.JPG')).toBe('Site photo 1.JPG');
  });

  it('makes harmless what can be: reserved characters, invisible and bidi marks, spaces, trailing dots', () => {
    expect(sanitiseFileName('a<b>:c"d|e?f*.png')).toBe('a_b__c_d_e_f_.png');
    expect(sanitiseFileName('photo\u202egpj.exe')).toBe('photogpj.exe');
    expect(sanitiseFileName('  a   b\u3000c .pdf. . ')).toBe('a b c .pdf');
    expect(sanitiseFileName('v1..2.pdf')).toBe('v1..2.pdf');
    expect(sanitiseFileName('e\u0301.png')).toBe('\u00e9.png');
  });

  it('refuses every control character, slashes, “..”, empty and over-long names', () => {
    const controls = [...Array(32).keys(), ...Array.from({ length: 33 }, (_, i) => 0x7f + i)];
    for (const c of controls)
      expect(refusal(`a${String.fromCharCode(c)}b.png`)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'file.name',
      });
    for (const bad of [
      '../a.png',
      'a/b.png',
      'a\\b.png',
      '..',
      '',
      '   ',
      '.env',
      '...',
      'x'.repeat(FILE_NAME_MAX + 1),
    ])
      expect(refusal(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(sanitiseFileName('名'.repeat(FILE_NAME_MAX - 4) + '.png')).toHaveLength(FILE_NAME_MAX);
  });
});

describe('extensionOf', () => {
  it('is the lower-case text after the last dot, or nothing', () => {
    expect(extensionOf('a.b.JPEG')).toBe('jpeg');
    expect(extensionOf('README')).toBe('');
  });
});
