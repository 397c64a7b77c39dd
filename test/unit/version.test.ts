import { describe, expect, it } from 'vitest';
import { calendarDay, nextVersion, stampChanged } from '../../lib/playbook/version';

const dec4 = new Date(2026, 11, 4, 17, 30);

describe('a changed playbook gets a new version', () => {
  it('suggests a date-based version: next number this month, else this month\'s first', () => {
    expect(nextVersion('2026.11.1', dec4)).toBe('2026.12.1');
    expect(nextVersion('2026.12.1', dec4)).toBe('2026.12.2');
    expect(nextVersion('2026.12.9', dec4)).toBe('2026.12.10');
    expect(nextVersion('2027.1.3', dec4)).toBe('2026.12.1');
  });

  it('counts up the last number of another scheme, and starts a dated one when there is none', () => {
    expect(nextVersion('1.4', dec4)).toBe('1.5');
    expect(nextVersion('v2', dec4)).toBe('v3');
    expect(nextVersion('Q1 draft', dec4)).toBe('2026.12.1');
  });

  it('keeps a version the manager typed and always dates the change, in local time', () => {
    const saved = { version: '2026.11.1', updatedAt: '2026-11-27', name: 'x' };
    expect(stampChanged(saved, '2026.11.1', dec4)).toEqual({ version: '2026.12.1', updatedAt: '2026-12-04', name: 'x' });
    expect(stampChanged({ ...saved, version: '2027.1.0' }, '2026.11.1', dec4)).toEqual({ version: '2027.1.0', updatedAt: '2026-12-04', name: 'x' });
    expect(calendarDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});
