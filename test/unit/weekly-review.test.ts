import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyWeek, isoWeek, recordActivity, type ActivityStore, type WeekCounts } from '../../lib/rep/activity';
import { coachingPrompts, highestCountShown, historyWeeks, metricCount, reviewWeek, weekProgress } from '../../lib/rep/weekly-review';
import { weekText } from '../../lib/rep/week-text';
import type { CoachingQuestion } from '../../lib/playbook/schema';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';

// Thursday 26 November 2026, 18:00: four working days gone (progress 0.8). Weeks: 2026-W48 is this one.
const thursdayEvening = new Date(2026, 10, 26, 18, 0);
const weekOf = (date: Date, back: number) => isoWeek(new Date(date.getFullYear(), date.getMonth(), date.getDate() - 7 * back));

function week(calls: number, questions = 0, reviewed: Partial<WeekCounts['reviewed']> = {}): WeekCounts {
  const counts = emptyWeek();
  counts.callsPrepared = calls;
  counts.questionsAsked = questions;
  Object.assign(counts.reviewed, reviewed);
  return counts;
}

/** A store with this week's counts and the four weeks before, nearest first. */
function history(now: Date, thisWeek: WeekCounts, before: WeekCounts[]): ActivityStore {
  const store: ActivityStore = { [isoWeek(now)]: thisWeek };
  before.forEach((counts, index) => (store[weekOf(now, index + 1)] = counts));
  return store;
}

const coach = (metric: CoachingQuestion['when']['metric'], fallsBelow: number, question = `Why fewer ${metric}?`): CoachingQuestion => ({
  id: `c-${metric}-${fallsBelow}`,
  when: { metric, fallsBelow },
  question,
});

describe('weekProgress', () => {
  it.each([
    [new Date(2026, 10, 23, 7, 0), 0], // Monday before work
    [new Date(2026, 10, 23, 18, 0), 0.2], // Monday evening
    [new Date(2026, 10, 25, 13, 0), 0.5], // Wednesday 13:00
    [new Date(2026, 10, 27, 23, 0), 1], // Friday night
    [new Date(2026, 10, 28, 10, 0), 1], // Saturday
    [new Date(2026, 10, 29, 10, 0), 1], // Sunday
  ])('at %s is %s', (now, progress) => {
    expect(weekProgress(now)).toBeCloseTo(progress, 5);
  });
});

describe('reviewWeek', () => {
  it('averages each count over the four weeks before this one', () => {
    const store = history(thursdayEvening, week(3, 20, { A: 1, B: 1, C: 4 }), [week(10, 20, { A: 2 }), week(6, 10), week(8, 30), week(12, 20, { B: 6 })]);
    store[weekOf(thursdayEvening, 5)] = week(100); // the fifth week before is not in the average
    const review = reviewWeek(store, thursdayEvening);
    const calls = review.metrics.find((m) => m.metric === 'callsPrepared')!;
    expect(review.historyWeeks).toBe(4);
    expect(calls.thisWeek).toBe(3);
    expect(calls.average).toBe(9);
    expect(calls.usualByNow).toBeCloseTo(7.2);
    expect(calls.share).toBeCloseTo(3 / 7.2);
    expect(review.metrics.find((m) => m.metric === 'goodFitReviewed')).toMatchObject({ thisWeek: 2, average: 2 });
    expect(review.metrics.find((m) => m.metric === 'recordsReviewed')).toMatchObject({ thisWeek: 6, average: 2 });
  });

  it('counts a missing week since the first counted one as zero, and ignores weeks before Playcard counted anything', () => {
    const store = history(thursdayEvening, week(1), []);
    store[weekOf(thursdayEvening, 3)] = week(9); // first week with counts; the week after it has none
    const review = reviewWeek(store, thursdayEvening);
    expect(historyWeeks(store, thursdayEvening)).toEqual([weekOf(thursdayEvening, 1), weekOf(thursdayEvening, 2), weekOf(thursdayEvening, 3)]);
    expect(review.metrics.find((m) => m.metric === 'callsPrepared')!.average).toBe(3);
  });

  it('compares nothing with less than two weeks of history', () => {
    const review = reviewWeek(history(thursdayEvening, week(0), [week(20)]), thursdayEvening);
    expect(review.historyWeeks).toBe(1);
    expect(review.metrics.every((m) => m.average === undefined && m.share === undefined)).toBe(true);
    expect(coachingPrompts(review, [coach('callsPrepared', 0.95)])).toEqual([]);
  });

  it('reads the weeks across a year boundary', () => {
    const newYear = new Date(2027, 0, 7, 18, 0); // Thursday of 2027-W01
    const review = reviewWeek(history(newYear, week(1), [week(4), week(4), week(4), week(4)]), newYear);
    expect(weekOf(newYear, 1)).toBe('2026-W53');
    expect(review.metrics.find((m) => m.metric === 'callsPrepared')!.average).toBe(4);
  });
});

describe('coachingPrompts', () => {
  const four = [week(10, 20), week(10, 20), week(10, 20), week(10, 20)];

  it('shows a question when this week falls below its share of the usual pace, and not at or above it', () => {
    const questions = [coach('callsPrepared', 0.5), coach('questionsAsked', 0.5)];
    // By Thursday evening the usual is 8 calls and 16 questions; half of that is 4 and 8.
    const below = coachingPrompts(reviewWeek(history(thursdayEvening, week(3, 8), four), thursdayEvening), questions);
    expect(below.map((p) => p.question.id)).toEqual(['c-callsPrepared-0.5']);
    expect(coachingPrompts(reviewWeek(history(thursdayEvening, week(4, 8), four), thursdayEvening), questions)).toEqual([]);
  });

  it('follows the share the manager chose', () => {
    const review = reviewWeek(history(thursdayEvening, week(6), four), thursdayEvening); // 75 % of usual
    expect(coachingPrompts(review, [coach('callsPrepared', 0.5)])).toEqual([]);
    expect(coachingPrompts(review, [coach('callsPrepared', 0.8)])).toHaveLength(1);
  });

  it('stays quiet early on Monday, when every count is still low', () => {
    const mondayMorning = new Date(2026, 10, 23, 10, 0);
    expect(coachingPrompts(reviewWeek(history(mondayMorning, week(0), four), mondayMorning), [coach('callsPrepared', 0.5)])).toEqual([]);
    const tuesday = new Date(2026, 10, 24, 12, 0);
    expect(coachingPrompts(reviewWeek(history(tuesday, week(0), four), tuesday), [coach('callsPrepared', 0.5)])).toHaveLength(1);
  });

  it('never fires against an average of zero', () => {
    const review = reviewWeek(history(thursdayEvening, week(0), [week(0), week(0), week(0)]), thursdayEvening);
    expect(coachingPrompts(review, [coach('callsPrepared', 0.95)])).toEqual([]);
  });

  it('never fires for a count at or above its average, whatever the share (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50), { minLength: 4, maxLength: 4 }), fc.nat(60), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (before, now, share) => {
        const review = reviewWeek(history(thursdayEvening, week(now), before.map((c) => week(c))), thursdayEvening);
        const prompts = coachingPrompts(review, [coach('callsPrepared', share)]);
        const average = before.reduce((a, b) => a + b, 0) / 4;
        if (now >= average * 0.8 * share) expect(prompts).toEqual([]);
        else expect(prompts).toHaveLength(1);
      }),
    );
  });

  it('fires the default playbook\'s call questions for a rep preparing half as many calls as usual', () => {
    const review = reviewWeek(history(thursdayEvening, week(2, 40, { A: 5, B: 5 }), [week(10, 20, { A: 3 }), week(10, 20), week(10, 20), week(10, 20)]), thursdayEvening);
    const ids = coachingPrompts(review, DEFAULT_PLAYBOOK.coaching).map((p) => p.question.id);
    expect(ids).toEqual(['fewer-calls-process', 'fewer-calls-objections']);
  });
});

describe('weekText', () => {
  it('lists the counts with their averages and the coaching questions, once each', () => {
    const store = history(thursdayEvening, week(2, 16), [week(10, 20), week(10, 20), week(10, 20), week(10, 20)]);
    const review = reviewWeek(store, thursdayEvening);
    const shared = 'What is your cold calling process?';
    const text = weekText(review, coachingPrompts(review, [coach('callsPrepared', 0.5, shared), { ...coach('callsPrepared', 0.6, shared), id: 'other' }]));
    expect(text).toContain('2026-W48');
    expect(text).toMatch(/Calls prepared: 2 \(4-week average 10\), 25% of my usual pace so far \(well below\)/);
    expect(text).toMatch(/Questions asked: 16 \(4-week average 20\), 100% of my usual pace so far\n/);
    expect(text.split(shared)).toHaveLength(2);
  });

  it('says when there is no history yet and carries no coaching then', () => {
    const text = weekText(reviewWeek(recordActivity({}, { event: 'call-prepared' }, thursdayEvening), thursdayEvening), []);
    expect(text).toContain('Calls prepared: 1\n');
    expect(text).toContain('two weeks');
    expect(metricCount(emptyWeek(), 'recordsReviewed')).toBe(0);
  });
});

describe('highestCountShown', () => {
  it('agrees with coachingPrompts on where the question starts to show', () => {
    const wednesdayEvening = new Date(2026, 10, 25, 18, 0);
    for (const share of [0.25, 0.5, 0.75, 0.3]) {
      for (const now of [wednesdayEvening, new Date(2026, 10, 27, 18, 0)]) {
        const highest = highestCountShown(10, share, weekProgress(now));
        const shows = (calls: number) => coachingPrompts(reviewWeek(history(now, week(calls), [week(10), week(10), week(10), week(10)]), now), [coach('callsPrepared', share)]).length > 0;
        if (highest >= 0) expect(shows(highest)).toBe(true);
        expect(shows(highest + 1)).toBe(false);
      }
    }
    expect(highestCountShown(10, 0.5, 1)).toBe(4);
    expect(highestCountShown(10, 0.5, 0.6)).toBe(2);
    expect(highestCountShown(10, 0.5, 0.1)).toBe(-1);
  });
});
