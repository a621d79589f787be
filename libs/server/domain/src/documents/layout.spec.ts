import { GBT9704, linePitchPt, mm, pageMarginsMm, twips } from './layout';

describe('GB/T 9704 page geometry', () => {
  it('leaves 37 mm above, 28 mm at the binding edge and a 156 × 225 mm 版心 on A4', () => {
    expect(pageMarginsMm()).toEqual({ top: 37, left: 28, right: 26, bottom: 35 });
    const m = pageMarginsMm();
    expect(m.left + GBT9704.textWidthMm + m.right).toBe(210);
    expect(m.top + GBT9704.textHeightMm + m.bottom).toBe(297);
  });

  it('converts millimetres to PDF points and Word twips', () => {
    expect(mm(25.4)).toBe(72);
    expect(mm(210)).toBeCloseTo(595.28, 2);
    expect(twips(210)).toBe(11906);
    expect(twips(297)).toBe(16838);
  });

  it('fits 22 lines of 三号 into the 版心: a pitch of about 29 pt', () => {
    expect(linePitchPt()).toBeCloseTo(28.99, 2);
    expect(linePitchPt() * 22).toBeCloseTo(mm(225), 6);
  });
});
