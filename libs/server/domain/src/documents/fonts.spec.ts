import { openSync, readSync, closeSync } from 'node:fs';
import { formFonts, WORD_FONTS } from './fonts';

/** The first four bytes of a file: a TrueType (00 01 00 00 / 'true') or OpenType ('OTTO') face. */
function magic(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const b = Buffer.alloc(4);
    readSync(fd, b, 0, 4, 0);
    return b.toString('hex');
  } finally {
    closeSync(fd);
  }
}

describe('fonts of the PDF forms', () => {
  it('gives every face as an embeddable TrueType/OpenType file, Noto Serif SC where nothing is installed', () => {
    const fonts = formFonts();
    for (const face of [fonts.body, fonts.heading, fonts.kai]) {
      expect(['00010000', '74727565', '4f54544f']).toContain(magic(face.file));
      expect(face.file).toMatch(/\.(ttf|otf)$/i);
    }
    const noto = [fonts.body, fonts.heading, fonts.kai].filter((f) => f.family.startsWith('Noto Serif SC'));
    expect(fonts.fallback).toBe(noto.length > 0);
    for (const face of noto) expect(face.file).toContain('@expo-google-fonts/noto-serif-sc');
    // Looked up once: the same answer, the same object.
    expect(formFonts()).toBe(fonts);
  });

  it('tells Word the faces of GB/T 9704 by name', () => {
    expect(WORD_FONTS).toEqual({ body: '仿宋_GB2312', heading: '黑体', title: '宋体', kai: '楷体_GB2312' });
  });
});
