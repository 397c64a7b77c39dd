import { describe, expect, it } from 'vitest';
import { activityCsv, emptyWeek, firstReviewToday, isoWeek, MAX_REVIEWS_PER_DAY, parseActivity, previousWeek, recordActivity, totalReviewed } from '../../lib/rep/activity';
import { badgeFor } from '../../lib/scoring/tier';

const friday = new Date(2026, 10, 27);

describe('isoWeek', () => {
  it.each([
    [new Date(2026, 10, 27), '2026-W48'],
    [new Date(2026, 10, 23), '2026-W48'],
    [new Date(2026, 10, 22), '2026-W47'],
    [new Date(2027, 0, 1), '2026-W53'],
    [new Date(2021, 0, 3), '2020-W53'],
    [new Date(2024, 11, 30), '2025-W01'],
  ])('puts %s in %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('knows the week before', () => {
    expect(previousWeek(friday)).toBe('2026-W47');
  });
});

describe('activity counters', () => {
  it('counts reviews by tier, calls prepared and questions asked in the current week', () => {
    let store = recordActivity({}, { event: 'reviewed', tier: 'A' }, friday);
    store = recordActivity(store, { event: 'reviewed', tier: 'A' }, friday);
    store = recordActivity(store, { event: 'reviewed', tier: 'disqualified' }, friday);
    store = recordActivity(store, { event: 'call-prepared' }, friday);
    store = recordActivity(store, { event: 'question-asked' }, friday);
    const week = store['2026-W48']!;
    expect(week.reviewed.A).toBe(2);
    expect(week.reviewed.disqualified).toBe(1);
    expect(totalReviewed(week)).toBe(3);
    expect([week.callsPrepared, week.questionsAsked]).toEqual([1, 1]);
  });

  it('keeps eight weeks at most', () => {
    let store = {};
    for (let week = 0; week < 12; week++) store = recordActivity(store, { event: 'call-prepared' }, new Date(2026, 8, 1 + week * 7));
    expect(Object.keys(store)).toHaveLength(8);
  });

  it('ignores malformed stored data field by field', () => {
    expect(parseActivity({ '2026-W48': { reviewed: { A: 3, B: -1, X: 9 }, callsPrepared: 'many' }, hello: {} })).toEqual({
      '2026-W48': { ...emptyWeek(), reviewed: { ...emptyWeek().reviewed, A: 3 } },
    });
  });

  it('exports CSV with a header and one row per week, oldest first', () => {
    const store = recordActivity(recordActivity({}, { event: 'reviewed', tier: 'B' }, new Date(2026, 10, 18)), { event: 'call-prepared' }, friday);
    expect(activityCsv(store).trim().split('\n')).toEqual([
      'week,reviewed_A,reviewed_B,reviewed_C,reviewed_D,reviewed_disqualified,reviewed_unknown,reviewed_total,calls_prepared,questions_asked',
      '2026-W47,0,1,0,0,0,0,1,0,0',
      '2026-W48,0,0,0,0,0,0,0,1,0',
    ]);
  });
});

describe('badgeFor', () => {
  it('shows the tier letter in its colour on records and nothing elsewhere', () => {
    expect(badgeFor('A')).toEqual({ text: 'A', color: '#1e6b35' });
    expect(badgeFor('disqualified').text).toBe('DQ');
    expect(badgeFor(null).text).toBe('');
  });
});

describe('records reviewed a day', () => {
  const morning = new Date(2026, 10, 27, 9);
  const evening = new Date(2026, 10, 27, 18);
  const nextDay = new Date(2026, 10, 28, 9);

  it('counts a record once a day, however often it is opened', () => {
    const first = firstReviewToday(undefined, 'sf:006', morning);
    expect(first.counts).toBe(true);
    const again = firstReviewToday(first.next, 'sf:006', evening);
    expect(again.counts).toBe(false);
    const other = firstReviewToday(again.next, 'sf:001', evening);
    expect(other.counts).toBe(true);
    expect(other.next.keys).toEqual(['sf:006', 'sf:001']);
  });

  it('stops counting, and stops growing, at the day\'s cap of reviewed records', () => {
    let stored: unknown;
    let counted = 0;
    for (let i = 0; i < MAX_REVIEWS_PER_DAY + 50; i++) {
      const review = firstReviewToday(stored, `k${i}`, morning);
      if (review.counts) counted++;
      stored = review.next;
    }
    expect(counted).toBe(MAX_REVIEWS_PER_DAY);
    expect((stored as { keys: string[] }).keys).toHaveLength(MAX_REVIEWS_PER_DAY);
    // The next day starts afresh.
    expect(firstReviewToday(stored, 'k-new', nextDay).counts).toBe(true);
  });

  it('starts afresh the next day and ignores a malformed store', () => {
    const today = firstReviewToday(undefined, 'sf:006', morning).next;
    expect(firstReviewToday(today, 'sf:006', nextDay)).toEqual({ counts: true, next: { day: '2026-11-28', keys: ['sf:006'] } });
    expect(firstReviewToday({ day: '2026-11-27', keys: 'nope' }, 'sf:006', morning).counts).toBe(true);
  });
});
