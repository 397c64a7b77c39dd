/** Formatted postal addresses as CRMs render them: one line per element, the country last. */

/** The non-empty lines of a multi-line value, white space collapsed. */
export function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The country line of a formatted address, when it has one: the last line, after a street, without digits. */
export function countryOfAddress(text: string): string {
  const all = textLines(text);
  const last = all.at(-1) ?? '';
  return all.length >= 2 && !/\d/.test(last) ? last : '';
}
