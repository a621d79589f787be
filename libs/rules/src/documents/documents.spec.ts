import { Role } from '../identity/role';
import { documentDate, documentDateTime } from './chinese-date';
import {
  DocumentKind,
  documentIssueRefusal,
  documentSubjectStatusLabel,
  printableDocuments,
} from './documents';
import {
  formatVerificationCode,
  normalizeVerificationCode,
  VERIFICATION_ALPHABET,
  verificationCodeFrom,
} from './verification-code';

describe('verification codes', () => {
  it('turns 80 bits into 16 Crockford base32 characters, most significant bits first', () => {
    expect(verificationCodeFrom(new Uint8Array(10))).toBe('0000000000000000');
    expect(verificationCodeFrom(new Uint8Array(10).fill(255))).toBe('ZZZZZZZZZZZZZZZZ');
    // 0x08 0x42 … : 00001 00001 00001 … (each 5-bit group is 1)
    expect(verificationCodeFrom(Uint8Array.from([8, 66, 16, 132, 33, 8, 66, 16, 132, 33]))).toBe(
      '1111111111111111',
    );
    expect(() => verificationCodeFrom(new Uint8Array(9))).toThrow('10 random bytes');
  });

  it('prints in four groups of four and reads back whatever the reader typed', () => {
    const code = '7K3MQ9XD2FHTB8RW';
    expect(formatVerificationCode(code)).toBe('7K3M-Q9XD-2FHT-B8RW');
    for (const typed of ['7K3M-Q9XD-2FHT-B8RW', '7k3m q9xd 2fht b8rw', ' 7K3MQ9XD2FHTB8RW '])
      expect(normalizeVerificationCode(typed)).toBe(code);
    // I and L read as 1, O as 0: the letters a reader confuses on paper.
    expect(normalizeVerificationCode('I0LO-0000-0000-0000')).toBe('1010000000000000');
  });

  it('refuses anything that cannot be a code', () => {
    for (const bad of [
      '',
      '7K3M-Q9XD-2FHT',
      '7K3M-Q9XD-2FHT-B8RWX',
      '7K3M-Q9XD-2FHT-B8RU',
      '你好你好你好你好你好你好你好你好',
    ])
      expect(normalizeVerificationCode(bad)).toBeNull();
    expect(VERIFICATION_ALPHABET).toHaveLength(32);
    expect(VERIFICATION_ALPHABET).not.toMatch(/[ILOU]/);
  });
});

describe('dates on forms', () => {
  it('prints the Shanghai calendar day, year in full, no leading zeros (GB/T 9704-2012)', () => {
    expect(documentDate(new Date('2026-01-05T03:00:00Z'))).toBe('2026年1月5日');
    // 16:30 UTC is already the next day in Shanghai.
    expect(documentDate(new Date('2026-11-27T16:30:00Z'))).toBe('2026年11月28日');
    expect(documentDate(new Date('2026-12-31T15:59:59Z'))).toBe('2026年12月31日');
    expect(documentDateTime(new Date('2026-03-09T01:05:00Z'))).toBe('2026年3月9日 09:05');
  });
});

describe('who prints which form', () => {
  const city = { unitId: '1', unitPath: '1', roles: [Role.SUPERVISOR] };
  const county = (roles: Role[]) => ({ unitId: '2', unitPath: '1.2', roles });
  const item = { path: '1', ready: true };
  const countyRecord = { path: '1.2', ready: true };

  it('the item’s forms: a supervisor or leader of the issuing office or above, not an assigned unit', () => {
    expect(documentIssueRefusal(DocumentKind.ITEM_REGISTRATION, city, item)).toBeNull();
    expect(
      documentIssueRefusal(DocumentKind.ITEM_REGISTRATION, { ...city, roles: [Role.LEADER] }, item),
    ).toBeNull();
    expect(documentIssueRefusal(DocumentKind.INSTRUCTION_FEEDBACK, county([Role.SUPERVISOR]), item)).toEqual({
      zh: '您无权打印该文书',
      en: 'You may not print this form',
    });
    expect(
      documentIssueRefusal(DocumentKind.ITEM_REGISTRATION, { ...city, roles: [Role.ADMIN] }, item),
    ).not.toBeNull();
  });

  it('an urge notice or report: the unit it concerns and the offices above it, never a sibling', () => {
    for (const kind of [DocumentKind.URGE_NOTICE, DocumentKind.REPORT]) {
      expect(documentIssueRefusal(kind, county([Role.LIAISON]), countyRecord)).toBeNull();
      expect(documentIssueRefusal(kind, city, countyRecord)).toBeNull();
      expect(
        documentIssueRefusal(kind, { unitId: '3', unitPath: '1.3', roles: [Role.HEAD] }, countyRecord),
      ).not.toBeNull();
    }
  });

  it('offers only the forms whose record is ready', () => {
    const facts = (k: DocumentKind) => ({ path: '1', ready: k === DocumentKind.ITEM_REGISTRATION });
    expect(
      printableDocuments([DocumentKind.ITEM_REGISTRATION, DocumentKind.INSTRUCTION_FEEDBACK], city, facts),
    ).toEqual([DocumentKind.ITEM_REGISTRATION]);
    expect(printableDocuments([DocumentKind.ITEM_REGISTRATION], county([Role.SUPERVISOR]), facts)).toEqual(
      [],
    );
  });
});

describe('the status the verification page shows', () => {
  it('names the status of the record each form was made from', () => {
    expect(documentSubjectStatusLabel(DocumentKind.ITEM_REGISTRATION, 'CONCLUDED')?.zh).toBe('已办结');
    expect(documentSubjectStatusLabel(DocumentKind.REPORT, 'ACCEPTED')?.zh).toBe('审核通过');
    expect(documentSubjectStatusLabel(DocumentKind.BULLETIN, 'ISSUED')).toEqual({
      zh: '已印发',
      en: 'Issued',
    });
    expect(documentSubjectStatusLabel(DocumentKind.URGE_NOTICE, null)).toBeNull();
    expect(documentSubjectStatusLabel(DocumentKind.URGE_NOTICE, 'NO_SUCH_STATUS')).toBeNull();
  });
});
