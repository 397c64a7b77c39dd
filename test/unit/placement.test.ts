import { describe, expect, it } from 'vitest';
import { DEMO_RECORDS, recordFromValues } from '../../components/options/preview/demo-records';
import { DEFAULT_PLAYBOOK } from '../../lib/playbook/defaults';
import { readableFields } from '../../lib/playbook/guide';
import type { Playbook } from '../../lib/playbook/schema';
import { differentiatorPlacements, productPlacements, questionPlacements } from '../../lib/scoring/placement';
import { buildCards } from '../../lib/scoring/select';

const records = DEMO_RECORDS.map((d) => recordFromValues(d.values, { crm: d.crm, kind: d.kind, id: d.id }));
const opportunity = records.findIndex((r) => r.kind === 'deal');
const base = (): Playbook => structuredClone(DEFAULT_PLAYBOOK);

describe('questionPlacements', () => {
  it('gives each question its rank in the sidebar, as buildCards orders them', () => {
    const playbook = base();
    const placements = questionPlacements(playbook, records, readableFields(playbook));
    records.forEach((record, r) => {
      const shown = buildCards(playbook, record).questions.map((q) => q.question.id);
      playbook.questions.forEach((question, q) => {
        const placement = placements[q]!;
        if (placement.kind !== 'records') throw new Error('unexpected never');
        const at = shown.indexOf(question.id);
        const expected = at < 0 ? { kind: 'notPicked' } : at < 8 ? { kind: 'shown', rank: at + 1 } : { kind: 'beyond', rank: at + 1, limit: 8 };
        expect(placement.records[r]).toEqual({ recordId: record.id, placement: expected });
      });
    });
  });

  it('a new question without conditions falls beyond the limit on the opportunity; a condition picks the records it shows on', () => {
    const playbook = base();
    playbook.questions.push({ id: 'new-q', text: 'What else?', category: 'discovery' });
    const last = playbook.questions.length - 1;
    const before = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    expect(before.kind === 'records' && before.records[opportunity]!.placement).toMatchObject({ kind: 'beyond', limit: 8 });
    playbook.questions[last]!.when = { field: 'competitor', is: 'known' };
    const after = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    // Picked only where the record names a competitor: the opportunity, not the lead.
    expect(after.kind === 'records' && after.records[opportunity]!.placement.kind).toBe('beyond');
    expect(after.kind === 'records' && after.records[0]!.placement).toEqual({ kind: 'notPicked' });
    expect(before.kind === 'records' && before.records[0]!.placement.kind).not.toBe('notPicked');
    playbook.questions[last]!.when = { field: 'competitor', is: 'unknown' };
    const notPicked = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    expect(notPicked.kind === 'records' && notPicked.records[opportunity]!.placement).toEqual({ kind: 'notPicked' });
    playbook.questions[last]!.when = { field: 'competitor', is: 'known' };
    playbook.questionLimit = 1;
    const limited = questionPlacements(playbook, records, readableFields(playbook))[last]!;
    expect(limited.kind === 'records' && limited.records[opportunity]!.placement).toMatchObject({ kind: 'beyond', limit: 1 });
  });

  it('is never shown when its condition looks at a field no CRM reads, until a mapping reads it', () => {
    const playbook = base();
    playbook.questions.push({ id: 'tier-q', text: 'Gold partner?', category: 'discovery', when: { field: 'custom.tier', is: 'oneOf', values: ['Gold'] } });
    const last = playbook.questions.length - 1;
    expect(questionPlacements(playbook, records, readableFields(playbook))[last]).toEqual({ kind: 'never', field: 'custom.tier' });
    playbook.fieldMappings = [{ crm: '*', field: 'custom.tier', labels: ['Partner tier'] }];
    expect(questionPlacements(playbook, records, readableFields(playbook))[last]!.kind).toBe('records');
  });
});

const withLinked = DEMO_RECORDS.map((d) => recordFromValues(d.values, { crm: d.crm, kind: d.kind, id: d.id, linked: d.linked }));
const dealWithAccount = withLinked.findIndex((r) => r.id === 'salesforce-opportunity-account');

describe('productPlacements', () => {
  it('gives each product its place on the products card, as buildCards orders them, and marks the first screen\'s push product', () => {
    const playbook = base();
    const placements = productPlacements(playbook, withLinked, readableFields(playbook));
    withLinked.forEach((record, r) => {
      const cards = buildCards(playbook, record);
      const shown = cards.products.map((p) => p.product.id);
      const push = cards.products.find((p) => p.product.priority === 'push')?.product.id;
      playbook.products.forEach((product, i) => {
        const placement = placements[i]!;
        if (placement.kind !== 'records') throw new Error('unexpected never');
        const at = shown.indexOf(product.id);
        const got = placement.records[r]!.placement;
        if (at < 0) expect(got).toEqual({ kind: 'notPicked', why: 'condition' });
        else expect(got).toMatchObject({ kind: 'shown', rank: at + 1, of: shown.length, firstScreen: product.id === push });
      });
    });
  });

  it('follows a change of its condition, and says when a field of it is never read', () => {
    const playbook = base();
    playbook.products[0]!.fitsWhen = { field: 'country', is: 'oneOf', values: ['Germany'] };
    const germanOnly = productPlacements(playbook, withLinked, readableFields(playbook))[0]!;
    if (germanOnly.kind !== 'records') throw new Error('unexpected never');
    expect(germanOnly.records[0]!.placement.kind).toBe('shown'); // the lead is in Germany
    expect(germanOnly.records[1]!.placement).toEqual({ kind: 'notPicked', why: 'condition' }); // the account is in the US
    playbook.products[0]!.fitsWhen = { field: 'custom.tier', is: 'oneOf', values: ['Gold'] };
    const unread = productPlacements(playbook, withLinked, readableFields(playbook))[0]!;
    expect(unread).toMatchObject({ kind: 'records', unreadField: 'custom.tier' });
    expect(unread.kind === 'records' && unread.records[0]!.placement).toMatchObject({ kind: 'shown', maybe: true });
  });
});

describe('differentiatorPlacements', () => {
  const index = (playbook: Playbook, id: string) => playbook.differentiators.findIndex((d) => d.id === id);

  it('shows the Gong answer first on the opportunity, on its first screen, and says why other records do not get it', () => {
    const playbook = base();
    const gong = differentiatorPlacements(playbook, withLinked, readableFields(playbook))[index(playbook, 'no-platform-fee')]!;
    if (gong.kind !== 'records') throw new Error('unexpected never');
    expect(gong.competitorOnNoSample).toBeUndefined();
    expect(gong.records[opportunity]!.placement).toMatchObject({ kind: 'shown', rank: 1, firstScreen: true });
    expect(gong.records[0]!.placement).toEqual({ kind: 'notPicked', why: 'competitor' }); // the lead names no competitor
    const chorus = differentiatorPlacements(playbook, withLinked, readableFields(playbook))[index(playbook, 'independent-roadmap')]!;
    expect(chorus).toMatchObject({ kind: 'records', competitorOnNoSample: true });
    expect(chorus.kind === 'records' && chorus.records[opportunity]!.placement).toEqual({ kind: 'notPicked', why: 'competitor', competitor: 'Gong' });
  });

  it('changes when its condition changes, and is never shown on a field no CRM reads', () => {
    const playbook = base();
    playbook.differentiators.push({ id: 'big-deals', title: 'Big deals', detail: 'x', when: { field: 'amount', is: 'between', min: 100000 } });
    const last = playbook.differentiators.length - 1;
    const big = differentiatorPlacements(playbook, withLinked, readableFields(playbook))[last]!;
    expect(big.kind === 'records' && big.records[opportunity]!.placement.kind).toBe('shown');
    expect(big.kind === 'records' && big.records[0]!.placement).toEqual({ kind: 'notPicked', why: 'condition' });
    playbook.differentiators[last]!.when = { field: 'amount', is: 'between', min: 500000 };
    const bigger = differentiatorPlacements(playbook, withLinked, readableFields(playbook))[last]!;
    expect(bigger.kind === 'records' && bigger.records[opportunity]!.placement).toEqual({ kind: 'notPicked', why: 'condition' });
    playbook.differentiators[last]!.when = { field: 'custom.tier', is: 'known' };
    expect(differentiatorPlacements(playbook, withLinked, readableFields(playbook))[last]).toEqual({ kind: 'never', field: 'custom.tier' });
    playbook.differentiators[last]!.when = undefined;
    playbook.differentiators[last]!.products = ['notes-starter'];
    const product = differentiatorPlacements(playbook, withLinked, readableFields(playbook))[last]!;
    const notesOffered = buildCards(playbook, withLinked[opportunity]!).products.some((p) => p.product.id === 'notes-starter');
    expect(product.kind === 'records' && product.records[opportunity]!.placement.kind).toBe(notesOffered ? 'shown' : 'notPicked');
  });
});

describe('the sample deal with its linked account', () => {
  it('fills the deal\'s missing company facts from the account, marked linked, and keeps the deal\'s own', () => {
    const deal = withLinked[dealWithAccount]!;
    expect(deal.kind).toBe('deal');
    expect(deal.fields.industry).toMatchObject({ value: 'Computer Software', source: 'linked' });
    expect(deal.fields.employees).toMatchObject({ value: 1250, source: 'linked' });
    expect(deal.fields.competitor).toMatchObject({ value: 'Gong' });
    expect(deal.fields.competitor!.source).toBeUndefined();
    // An account gives company-level facts only: the deal's own lead source stays.
    expect(deal.fields.leadSource!.value).toBe('Partner Referral');
    // The fit is scored on more of the ICP than the deal alone gives.
    const playbook = base();
    expect(buildCards(playbook, deal).fit.coverage).toBeGreaterThan(buildCards(playbook, withLinked[opportunity]!).fit.coverage);
  });
});
