/**
 * A changed playbook gets a new version, so reps and the exported file name can tell one edit from
 * the next. The suggestion is date-based (`2026.12.1`, then `2026.12.2` the same month); a version
 * the manager typed is kept. Dates are the manager's local calendar day.
 */
const DATE_VERSION = /^(\d{4})\.(\d{1,2})\.(\d+)$/;

/** `YYYY-MM-DD` of a date in local time (what "updated on" means to the person who saved). */
export function calendarDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The version after `current`: the next number this month, or this month's first; other schemes count up their last number. */
export function nextVersion(current: string, now: Date): string {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const dated = DATE_VERSION.exec(current);
  if (dated) {
    const sameMonth = Number(dated[1]) === year && Number(dated[2]) === month;
    return sameMonth ? `${year}.${month}.${Number(dated[3]) + 1}` : `${year}.${month}.1`;
  }
  const trailing = /^(.*?)(\d+)$/.exec(current);
  if (trailing) return `${trailing[1]}${Number(trailing[2]) + 1}`;
  return `${year}.${month}.1`;
}

/**
 * What Save writes for a changed playbook: a new version unless the manager already changed it
 * from the one saved, and today as `updatedAt`.
 */
export function stampChanged<T extends { version: string; updatedAt?: string }>(changed: T, savedVersion: string, now: Date): T {
  return { ...changed, version: changed.version === savedVersion ? nextVersion(savedVersion, now) : changed.version, updatedAt: calendarDay(now) };
}
