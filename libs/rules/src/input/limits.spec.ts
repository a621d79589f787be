import { TEXT_LIMITS } from './limits';

describe('text limits', () => {
  it('are positive whole numbers', () => {
    for (const [name, n] of Object.entries(TEXT_LIMITS))
      expect([name, Number.isInteger(n) && n > 0]).toEqual([name, true]);
  });

  it('never exceed the varchar columns the values are stored in', () => {
    const columns: [keyof typeof TEXT_LIMITS, number][] = [
      ['unitName', 100], // org_unit.name
      ['personName', 64], // display_name, leader_name, responsible_person
      ['usernameLogin', 64], // app_user.username
      ['title', 200], // supervision_item.title, bulletin.title
      ['category', 40],
      ['targetUnit', 16],
      ['officePrefix', 16], // office_setting.reg_prefix
      ['orgSubtype', 16],
    ];
    for (const [name, column] of columns) expect([name, TEXT_LIMITS[name] <= column]).toEqual([name, true]);
  });

  it('keeps the fallback for undeclared strings conservative', () => {
    expect(TEXT_LIMITS.fallback).toBeLessThanOrEqual(TEXT_LIMITS.title);
  });
});
