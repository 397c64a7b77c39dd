/**
 * Countries as CRMs show them: names in the supported languages, ISO 3166 codes (`DE`), common short forms
 * (`USA`, `UK`), alone or at the end of a postal address. Values are given as one English name, so a playbook's
 * "Germany" matches a page's "Deutschland", "Allemagne" or `…, DE`.
 */
import { clean, foldKey } from './text';

/** The languages the label table covers: a country named in any of them is recognised. */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl'] as const;
/** Region codes that are not countries (EU, UN, pseudo-locales, "unknown region"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
/** Short forms no display name covers. */
const ALIASES: Record<string, string> = {
  usa: 'US', 'u s a': 'US', 'u s': 'US', 'united states of america': 'US', america: 'US', uk: 'GB', 'u k': 'GB',
  'great britain': 'GB', britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'northern ireland': 'GB',
  holland: 'NL', 'the netherlands': 'NL', 'czech republic': 'CZ', uae: 'AE', 'south korea': 'KR', 'republic of korea': 'KR',
  russia: 'RU', brd: 'DE', schweiz: 'CH', suisse: 'CH', svizzera: 'CH', osterreich: 'AT', deutschland: 'DE',
};

let names: Map<string, string> | undefined;
let englishName: Intl.DisplayNames | undefined;

/** Folded name or alias → ISO code; built once, on the first country read. */
function countryIndex(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const displays = LANGUAGES.map((language) => new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (NOT_COUNTRIES.has(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name && name !== code) names.set(foldKey(name), code);
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) names.set(alias, code);
  return names;
}

function nameOf(code: string): string {
  englishName ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return englishName.of(code) ?? code;
}

/**
 * The country one part of a text names, as its English name: a name in a supported language, an alias, or an
 * ISO code written in capitals (`DE`; lower-case `de` is a word, not a code).
 */
export function countryName(part: string): string | undefined {
  const text = clean(part);
  if (!text || text.length > 60 || /\d/.test(text)) return undefined;
  if (/^[A-Z]{2}$/.test(text)) {
    const code = text === 'UK' ? 'GB' : text;
    return countryIndex().has(foldKey(nameOf(code))) && !NOT_COUNTRIES.has(code) ? nameOf(code) : undefined;
  }
  const code = countryIndex().get(foldKey(text));
  return code ? nameOf(code) : undefined;
}

/**
 * The country of a postal address written on one line or several (`Industriestraße 4, 70565 Stuttgart, DE`,
 * `Friedrichstraße 68\n10117 Berlin\nGermany`): the last part that names a country, looking from the end past
 * at most two parts (a state or postcode may follow the country in some layouts). Nothing when no part does.
 */
export function countryOfAddress(text: string): string | undefined {
  const parts = text
    .split(/[\n,;]+/)
    .map((part) => clean(part))
    .filter(Boolean);
  const last = parts.length - 1;
  for (let i = last; i >= Math.max(0, last - 2); i--) {
    const part = parts[i]!;
    // An ISO code ends a European-style address (`70565 Stuttgart, DE`); in `Wilmington, DE` it is a US state.
    if (/^[A-Z]{2}$/.test(part) && (i !== last || !/\d/.test(parts[i - 1] ?? ''))) continue;
    const country = countryName(part);
    if (country) return country;
  }
  return undefined;
}

/** A Country field's value: a recognised country as its English name, an address's country, or the text as shown. */
export function normaliseCountry(text: string): string | undefined {
  const cleaned = clean(text);
  if (!cleaned) return undefined;
  const named = countryName(cleaned);
  if (named) return named;
  if (/[\n,;]/.test(text)) return countryOfAddress(text);
  return cleaned;
}
