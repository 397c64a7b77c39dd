import { describe, expect, it } from 'vitest';
import { firstEmail, firstPhone, personName, splitNameAndEmail, webAddress } from '../../lib/extract/normalise/contact';
import { countryName, countryOfAddress, normaliseCountry } from '../../lib/extract/normalise/country';
import { normaliseFieldValue } from '../../lib/extract/normalise/field';
import { clean, textLines } from '../../lib/extract/normalise/text';

describe('countries', () => {
  it.each([
    ['Germany', 'Germany'],
    ['Deutschland', 'Germany'],
    ['Allemagne', 'Germany'],
    ['Alemania', 'Germany'],
    ['Duitsland', 'Germany'],
    ['DE', 'Germany'],
    ['USA', 'United States'],
    ['United States of America', 'United States'],
    ['UK', 'United Kingdom'],
    ['Royaume-Uni', 'United Kingdom'],
    ['Österreich', 'Austria'],
    ['Schweiz', 'Switzerland'],
    ['Países Bajos', 'Netherlands'],
  ])('names %s as %s', (text, name) => {
    expect(countryName(text)).toBe(name);
  });

  it('does not take a lower-case word, a region that is not a country, or a city for a country', () => {
    expect(countryName('de')).toBeUndefined();
    expect(countryName('EU')).toBeUndefined();
    expect(countryName('Berlin')).toBeUndefined();
  });

  it.each([
    ['Industriestraße 4, 70565 Stuttgart, DE', 'Germany'],
    ['Friedrichstraße 68\n10117 Berlin\nGermany', 'Germany'],
    ['500 Howard Street\nSan Francisco, CA 94105\nUnited States\n', 'United States'],
    ['30 Canada Square, London E14 5AB, United Kingdom', 'United Kingdom'],
    ['Kungsgatan 8\n111 43 Stockholm\nSweden', 'Sweden'],
  ])('finds the country of %j', (address, country) => {
    expect(countryOfAddress(address)).toBe(country);
  });

  it('finds none where the address names none, and reads a US state code as a state', () => {
    expect(countryOfAddress('Industriestraße 12\n70565 Stuttgart')).toBeUndefined();
    expect(countryOfAddress('1201 N Market St, Wilmington, DE')).toBeUndefined();
    expect(countryOfAddress('San Francisco, CA')).toBeUndefined();
  });

  it('keeps an unknown country name as written, and reads an address given under Country', () => {
    expect(normaliseCountry('Atlantis')).toBe('Atlantis');
    expect(normaliseCountry('Hafenstraße 12, 20457 Hamburg, DE')).toBe('Germany');
  });
});

describe('composite contact values', () => {
  it('splits a name and an address', () => {
    expect(splitNameAndEmail('Jana Berger <jana.berger@example.de>')).toEqual({ name: 'Jana Berger', email: 'jana.berger@example.de' });
    expect(splitNameAndEmail('"Berger, Jana" <jana.berger@example.de>')).toEqual({ name: 'Berger, Jana', email: 'jana.berger@example.de' });
    expect(splitNameAndEmail('Jana Berger')).toBeUndefined();
    expect(personName('Jana Berger <jana.berger@example.de>')).toBe('Jana Berger');
    expect(personName('jana.berger@example.de')).toBeUndefined();
    expect(normaliseFieldValue('email', 'Jana Berger <jana.berger@example.de>')).toBe('jana.berger@example.de');
  });

  it('takes the first e-mail of a list or a typed value', () => {
    expect(firstEmail('priya@thamesgate.co.uk (Work)')).toBe('priya@thamesgate.co.uk');
    expect(firstEmail('a@b.de, c@d.de')).toBe('a@b.de');
    expect(firstEmail('no address here')).toBeUndefined();
  });

  it.each([
    ['+44 20 7946 0321 (Work) +44 7700 900614 (Mobile)', '+44 20 7946 0321'],
    ['+49 30 901820\n+49 171 5550199', '+49 30 901820'],
    ['030 1234567 / 0171 5550199', '030 1234567'],
    ['+44 (0)20 7946 0321', '+44 (0)20 7946 0321'],
    ['(617) 555-0142', '(617) 555-0142'],
    ['Work: +1 415-555-0199 ext. 12', '+1 415-555-0199'],
  ])('reads the first phone of %j', (text, phone) => {
    expect(firstPhone(text)).toBe(phone);
  });

  it('refuses what is not a phone number', () => {
    expect(firstPhone('12 days')).toBeUndefined();
    expect(firstPhone('Call me')).toBeUndefined();
  });

  it('keeps URLs and domains as written, and refuses e-mail addresses and prose', () => {
    expect(webAddress('https://www.hoffmann-logistik.de')).toBe('https://www.hoffmann-logistik.de');
    expect(webAddress('ridgewayfoods.co.uk')).toBe('ridgewayfoods.co.uk');
    expect(webAddress('www.fischer-soehne.de')).toBe('www.fischer-soehne.de');
    expect(webAddress('info@acme.io')).toBeUndefined();
    expect(webAddress('not known')).toBeUndefined();
  });
});

describe('text', () => {
  it('strips bidi embedding, override and isolate controls from values', () => {
    expect(clean('Acme\u202Egnp.exe\u202C Corp')).toBe('Acmegnp.exe Corp');
    expect(clean('\u2066Brightline\u2069 \u202AGmbH\u202C')).toBe('Brightline GmbH');
    expect(normaliseFieldValue('company', 'Acme\u202Egnp.exe\u202C Corp')).toBe('Acmegnp.exe Corp');
  });

  it('splits lines and collapses white space', () => {
    expect(textLines('  a  b \n\n c ')).toEqual(['a b', 'c']);
  });
});
