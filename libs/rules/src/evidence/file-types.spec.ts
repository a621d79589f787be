import { EVIDENCE_ACCEPT, EVIDENCE_TYPES } from './file-types';

describe('EVIDENCE_TYPES', () => {
  it('gives every type at least one extension, each extension to one type only', () => {
    const all = EVIDENCE_TYPES.flatMap((t) => t.extensions);
    expect(EVIDENCE_TYPES.every((t) => t.extensions.length > 0)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(all.map((e) => `.${e}`));
  });

  it('allows photos, PDF, office files and OFD, and nothing executable or scriptable', () => {
    expect(EVIDENCE_ACCEPT).toBe('.jpg,.jpeg,.png,.webp,.gif,.heic,.heif,.pdf,.docx,.xlsx,.pptx,.ofd');
  });
});
