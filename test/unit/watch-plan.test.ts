import { afterEach, describe, expect, it } from 'vitest';
import { CHILDREN_ONLY, describePlan, planWatch, WHOLE_SUBTREE, type WatchTarget } from '../../lib/content/watch-plan';

const FIELD_CONTAINERS = 'x-section, x-item';

/**
 * A record page: a header and a detail section (field containers) in the record pane, beside an
 * activity feed; a clock elsewhere.
 */
function page() {
  document.body.innerHTML = `
    <div id="app">
      <main id="record">
        <x-section id="header"><x-item id="name"><span>Alpha Analytics</span></x-item></x-section>
        <div id="layout"><x-section id="detail"><x-item id="industry"><span>Software</span></x-item><x-item id="phone"></x-item></x-section></div>
        <aside id="feed"><div class="entry">Called</div></aside>
      </main>
    </div>
    <div id="clock">10:00</div>`;
  const byId = (id: string) => document.getElementById(id)!;
  return {
    app: byId('app'),
    record: byId('record'),
    header: byId('header'),
    name: byId('name'),
    layout: byId('layout'),
    detail: byId('detail'),
    industry: byId('industry'),
    phone: byId('phone'),
    feed: byId('feed'),
    clock: byId('clock'),
  };
}

/** The plan as `id-or-name: whole|children`, for readable expectations. */
/** An open shadow root on a new `<tag id>` appended to `parent`, holding `markup` (a fixed test string). */
function shadowHostIn(parent: Element, tag: string, id: string | undefined, markup = ''): ShadowRoot {
  const host = document.createElement(tag);
  if (id) host.id = id;
  parent.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = markup;
  return shadow;
}

/** The fixture page's ancestors of the record layout, each watched for its children only. */
const LAYOUT_AND_ABOVE = ['layout', 'record', 'app', 'body', 'html', 'document'].map((name) => `${name}: children`);

function shown(plan: WatchTarget[]): string[] {
  const name = (node: Node): string =>
    node === document ? 'document' : node instanceof ShadowRoot ? `shadow of ${name(node.host)}` : (node as Element).id || (node as Element).localName;
  return plan.map(({ node, options }) => `${name(node)}: ${options === WHOLE_SUBTREE ? 'whole' : options === CHILDREN_ONLY ? 'children' : 'other'}`);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('planWatch', () => {
  it('watches the whole document and every shadow root found while nothing was read', () => {
    const { clock } = page();
    const shadow = clock.attachShadow({ mode: 'open' });
    const plan = planWatch({ document, sources: new Set(), shadowRoots: [document, shadow], fieldContainers: FIELD_CONTAINERS });
    expect(shown(plan)).toEqual(['document: whole', 'shadow of clock: whole']);
  });

  it('watches the whole document again when the elements read are gone (the record re-rendered away)', () => {
    const { industry } = page();
    industry.remove();
    const plan = planWatch({ document, sources: new Set([industry]), shadowRoots: [document], fieldContainers: FIELD_CONTAINERS });
    expect(shown(plan)).toEqual(['document: whole']);
  });

  it('once fields were read: their outermost containers whole, each ancestor up to the document for its children only', () => {
    const { name, industry, phone } = page();
    const plan = planWatch({ document, sources: new Set([name, industry, phone]), shadowRoots: [document], fieldContainers: FIELD_CONTAINERS });
    expect(shown(plan)).toEqual([
      'header: whole',
      'detail: whole',
      'record: children',
      'app: children',
      'body: children',
      'html: children',
      'document: children',
      'layout: children',
    ]);
  });

  it('leaves the feed, the clock and the rest of the page unwatched', () => {
    const { industry, feed, clock } = page();
    const watched = planWatch({ document, sources: new Set([industry]), shadowRoots: [document], fieldContainers: FIELD_CONTAINERS }).map(
      (target) => target.node,
    );
    for (const node of [feed, feed.firstElementChild!, clock]) expect(watched).not.toContain(node);
  });

  it('watches an element read outside any container as its own root', () => {
    const { feed } = page();
    const pair = document.createElement('dl');
    feed.after(pair);
    const plan = planWatch({ document, sources: new Set([pair]), shadowRoots: [document], fieldContainers: FIELD_CONTAINERS });
    expect(shown(plan)).toEqual(['dl: whole', 'record: children', 'app: children', 'body: children', 'html: children', 'document: children']);
  });

  it('watches once what an element read outside any container holds: a container read inside it is covered', () => {
    const { record, industry } = page();
    const plan = planWatch({ document, sources: new Set([industry, record]), shadowRoots: [document], fieldContainers: FIELD_CONTAINERS });
    expect(shown(plan)).toEqual(['record: whole', 'app: children', 'body: children', 'html: children', 'document: children']);
  });

  it('takes the container outside a shadow host, and watches the shadow root itself (a subtree watch does not enter it)', () => {
    const { detail } = page();
    const shadow = shadowHostIn(detail, 'x-widget', 'widget', '<div><span id="value">Software</span></div>');
    const value = shadow.getElementById('value')!;
    const plan = planWatch({ document, sources: new Set([value]), shadowRoots: [document, shadow], fieldContainers: FIELD_CONTAINERS });
    expect(shown(plan)).toEqual([
      'detail: whole',
      'shadow of widget: whole',
      ...LAYOUT_AND_ABOVE,
    ]);
  });

  it('climbs from a container inside a shadow root to its host: the host and its ancestors, not the nodes inside the watched root', () => {
    const { layout } = page();
    const shadow = shadowHostIn(layout, 'x-app', 'shadow-app', '<div id="inner"><x-section><x-item id="stage">Won</x-item></x-section></div>');
    const stage = shadow.getElementById('stage')!;
    const plan = planWatch({ document, sources: new Set([stage]), shadowRoots: [document, shadow], fieldContainers: FIELD_CONTAINERS });
    expect(shown(plan)).toEqual([
      'x-section: whole',
      'shadow of shadow-app: whole',
      'shadow-app: children',
      ...LAYOUT_AND_ABOVE,
    ]);
  });

  it('describes the plan as paths from the document, entering shadow roots, for the bench', () => {
    const { detail } = page();
    const shadow = shadowHostIn(detail, 'x-widget', undefined);
    expect(
      describePlan([
        { node: document, options: CHILDREN_ONLY },
        { node: detail, options: WHOLE_SUBTREE },
        { node: shadow, options: WHOLE_SUBTREE },
      ]),
    ).toEqual([
      { path: [], options: CHILDREN_ONLY },
      { path: [0, 1, 0, 0, 1, 0], options: WHOLE_SUBTREE },
      { path: [0, 1, 0, 0, 1, 0, 2, 'shadow'], options: WHOLE_SUBTREE },
    ]);
  });
});
