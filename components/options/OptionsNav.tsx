/**
 * The options page's three places, in this order: the playbook editor with its preview (first, so
 * the page opens on it), distribution, and CRM sites. One page with a sticky navigation bar rather
 * than views that hide each other: every control stays where a link, a bookmark (`#distribution`),
 * Tab or an outside check can reach it, and the editor's unsaved draft is never unmounted.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';

export const OPTIONS_PLACES = ['playbook', 'distribution', 'crm-sites'] as const;
export type OptionsPlace = (typeof OPTIONS_PLACES)[number];

const PLACE_NAMES: Record<OptionsPlace, MessageKey> = {
  playbook: 'options_place_playbook',
  distribution: 'options_place_distribution',
  'crm-sites': 'options_place_crmSites',
};
export const placeName = (place: OptionsPlace) => t(PLACE_NAMES[place]);

/** The place an address points at; anything else is the playbook. */
export function placeOfHash(hash: string): OptionsPlace {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return (OPTIONS_PLACES as readonly string[]).includes(id) ? (id as OptionsPlace) : 'playbook';
}

/**
 * The place being read: the last one whose top has come up near the navigation bar, or, once the
 * page is scrolled to its end, the last one that shows at all (a short last place never reaches
 * the top), unless the place the reader went to (`chosen`, from the address) still shows. Tops are in
 * viewport pixels.
 */
export function placeInView(
  tops: readonly number[],
  view: { navBottom: number; height: number; atEnd: boolean },
  chosen?: OptionsPlace,
): OptionsPlace {
  let current = 0;
  tops.forEach((top, index) => {
    if (top <= view.navBottom + 48 || (view.atEnd && top < view.height)) current = index;
  });
  // At the end of the page several places show at once: the one the reader went to (the address) stays
  // lit while it shows, rather than the short last place below it.
  const chosenIndex = chosen ? OPTIONS_PLACES.indexOf(chosen) : -1;
  const chosenTop = tops[chosenIndex];
  if (view.atEnd && chosenTop !== undefined && chosenTop < view.height && chosenIndex < current && (tops[chosenIndex + 1] ?? Infinity) > view.navBottom) {
    return OPTIONS_PLACES[chosenIndex]!;
  }
  return OPTIONS_PLACES[current]!;
}

/**
 * Which place the reader is in: the one scrolled to. A change of address (a link, Back) moves
 * focus to that place's heading, so keyboard and screen-reader users land where they went.
 */
export function useOptionsPlace(ready: boolean): OptionsPlace {
  const [place, setPlace] = useState<OptionsPlace>(() => placeOfHash(location.hash));
  useEffect(() => {
    if (!ready) return;
    const nav = document.querySelector('.op-nav');
    let frame = 0;
    const measure = () => {
      frame = 0;
      const tops = OPTIONS_PLACES.map((id) => document.getElementById(id)?.getBoundingClientRect().top ?? Infinity);
      const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
      setPlace(placeInView(tops, { navBottom: nav?.getBoundingClientRect().bottom ?? 0, height: window.innerHeight, atEnd }, location.hash ? placeOfHash(location.hash) : undefined));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    const onHash = () => {
      const target = document.getElementById(placeOfHash(location.hash));
      const heading = target?.querySelector<HTMLElement>('h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    };
    // Opened at an address: the page was not laid out when the browser looked for it.
    if (location.hash) document.getElementById(placeOfHash(location.hash))?.scrollIntoView();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('hashchange', onHash);
      cancelAnimationFrame(frame);
    };
  }, [ready]);
  return place;
}

export function OptionsNav({ current }: { current: OptionsPlace }) {
  return (
    <nav class="op-nav" aria-label={t('options_nav_aria')}>
      <ul>
        {OPTIONS_PLACES.map((place) => (
          <li key={place}>
            <a href={`#${place}`} class={place === current ? 'op-nav__link op-nav__link--current' : 'op-nav__link'} aria-current={place === current ? 'location' : undefined} data-place={place}>
              {placeName(place)}
            </a>
          </li>
        ))}
        <li class="op-nav__aside">
          <a href="/privacy.html" target="_blank" rel="noopener" class="op-nav__link" data-testid="privacy-link">
            {t('options_nav_privacy')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
