import { scopeStatements } from './tenant-session';

describe('scopeStatements', () => {
  it('sets the scope with SET LOCAL, values as quoted literals', () => {
    expect(scopeStatements({ tenantId: '1', path: '1.20.305' })).toBe(
      "SET LOCAL duban.tenant_id = '1'; SET LOCAL duban.scope_path = '1.20.305'",
    );
  });

  it('sets both empty without a scope (every policy then matches nothing)', () => {
    expect(scopeStatements(null)).toBe("SET LOCAL duban.tenant_id = ''; SET LOCAL duban.scope_path = ''");
  });

  it.each([
    { tenantId: "1'; RESET ROLE; --", path: '1' },
    { tenantId: '1', path: "1.2' OR true --" },
    { tenantId: '1', path: '1..2' },
    { tenantId: '1', path: '1.a' },
    { tenantId: '12345678901234567890', path: '1' },
  ])('refuses a malformed scope %j instead of inlining it', (scope) => {
    expect(() => scopeStatements(scope)).toThrow('malformed scope');
  });
});
