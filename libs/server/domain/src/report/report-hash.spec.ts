import { createHash } from 'node:crypto';
import { canonicalReport, reportHash, SignedReport, signedAuditText } from './report-hash';

const signed: SignedReport = {
  assignmentId: '42',
  version: 2,
  content: '60公里全部完工并验收',
  achieved: 60,
  progressPercent: 100,
  attachments: [{ name: '验收单.pdf', size: 1024, mimeType: 'application/pdf' }],
  signedBy: '7',
  signedAt: new Date('2026-03-01T02:03:04.567Z'),
  citations: [],
};

describe('canonicalReport', () => {
  it('is sorted-key JSON of exactly the signed facts', () => {
    expect(canonicalReport(signed)).toBe(
      '{"achieved":60,"assignmentId":"42","attachments":[{"mimeType":"application/pdf","name":"验收单.pdf","size":1024,"url":null}],' +
        '"citations":[],"content":"60公里全部完工并验收","progressPercent":100,"signedAt":"2026-03-01T02:03:04.567Z",' +
        '"signedBy":"7","v":1,"version":2}',
    );
  });

  it('reads the same from a database row as from the values that were written', () => {
    // bigint ids may come back as numbers, times as strings, an absent optional field as undefined.
    const fromRow = {
      ...signed,
      assignmentId: 42 as unknown as string,
      signedBy: 7 as unknown as string,
      version: '2' as unknown as number,
      signedAt: '2026-03-01T10:03:04.567+08:00',
      attachments: [{ size: 1024, name: '验收单.pdf', mimeType: 'application/pdf', url: undefined }],
    };
    expect(canonicalReport(fromRow)).toBe(canonicalReport(signed));
    expect(reportHash(fromRow)).toBe(reportHash(signed));
  });
});

describe('canonicalReport with uploaded files', () => {
  it('adds the file id and SHA-256 of an uploaded file, and nothing for an older attachment', () => {
    const uploaded = {
      ...signed,
      attachments: [
        { fileId: '9', name: '现场.jpg', size: 2048, mimeType: 'image/jpeg', sha256: 'c'.repeat(64) },
      ],
    };
    expect(canonicalReport(uploaded)).toContain(
      `"attachments":[{"fileId":"9","mimeType":"image/jpeg","name":"现场.jpg","sha256":"${'c'.repeat(64)}","size":2048,"url":null}]`,
    );
    // The exact form of a report signed before uploads existed is pinned by the first test above.
    expect(canonicalReport(signed)).not.toContain('sha256');
  });
});

describe('reportHash', () => {
  it('is the SHA-256 hex of the canonical form', () => {
    const expected = createHash('sha256').update(canonicalReport(signed), 'utf8').digest('hex');
    expect(reportHash(signed)).toBe(expected);
    expect(reportHash(signed)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with every fact the head signed', () => {
    const base = reportHash(signed);
    const variants: Partial<SignedReport>[] = [
      { content: '60公里全部完工并验收。' },
      { achieved: 61 },
      { achieved: null },
      { progressPercent: 99 },
      { attachments: [] },
      { attachments: [{ name: '验收单.pdf', size: 1025, mimeType: 'application/pdf' }] },
      { attachments: [{ ...signed.attachments[0], fileId: '9', sha256: 'a'.repeat(64) }] },
      { attachments: [{ ...signed.attachments[0], fileId: '9', sha256: 'b'.repeat(64) }] },
      { assignmentId: '43' },
      { version: 3 },
      { signedBy: '8' },
      { signedAt: new Date('2026-03-01T02:03:04.568Z') },
      { citations: [{ citedReportId: '5', hash: 'a'.repeat(64) }] },
    ];
    const hashes = variants.map((v) => reportHash({ ...signed, ...v }));
    expect(hashes).not.toContain(base);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  it('chains: a composed report’s hash covers each cited report’s hash, in order', () => {
    const a = { citedReportId: '5', hash: 'a'.repeat(64) };
    const b = { citedReportId: '6', hash: 'b'.repeat(64) };
    const composed = { ...signed, citations: [a, b] };
    expect(reportHash(composed)).not.toBe(reportHash({ ...composed, citations: [b, a] }));
    expect(reportHash(composed)).not.toBe(
      reportHash({ ...composed, citations: [a, { ...b, hash: 'c'.repeat(64) }] }),
    );
  });
});

describe('signedAuditText', () => {
  it('keeps the signed content and adds the hash', () => {
    const hash = reportHash(signed);
    const text = signedAuditText(signed.content, hash);
    expect(text.startsWith(signed.content)).toBe(true);
    expect(text).toContain(hash);
  });
});
