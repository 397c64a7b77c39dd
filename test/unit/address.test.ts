import { describe, expect, it } from 'vitest';
import { countryOfAddress, textLines } from '../../lib/extract/address';

describe('addresses', () => {
  it('takes the country from the last line of a formatted address', () => {
    expect(countryOfAddress('500 Howard Street\nSan Francisco, CA 94105\nUnited States\n')).toBe('United States');
  });

  it('finds no country when the last line is a city with a postcode, or there is one line only', () => {
    expect(countryOfAddress('Industriestraße 12\n70565 Stuttgart')).toBe('');
    expect(countryOfAddress('Germany')).toBe('');
  });

  it('splits lines and collapses white space', () => {
    expect(textLines('  a  b \n\n c ')).toEqual(['a b', 'c']);
  });
});
