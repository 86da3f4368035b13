import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { PORTAL_LANGUAGES } from './languages';
import { loadCatalogues, translatorFor } from './translator';

const catalogues = loadCatalogues();

/** The names of a message's arguments, and the plural categories each plural argument covers. */
function argumentsOf(elements: MessageFormatElement[], found = new Map<string, Set<string>>()): Map<string, Set<string>> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date)
      found.set(element.value, found.get(element.value) ?? new Set());
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.set(element.value, new Set([...(found.get(element.value) ?? []), ...Object.keys(element.options)]));
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

describe('The portal catalogues (kk, ru, en)', () => {
  it('have the same keys in all three languages', () => {
    const [first, ...rest] = PORTAL_LANGUAGES;
    for (const language of rest) expect(Object.keys(catalogues[language]).sort()).toEqual(Object.keys(catalogues[first]).sort());
  });

  it('every message parses as ICU MessageFormat and names the same arguments in every language', () => {
    for (const key of Object.keys(catalogues.en)) {
      const names = PORTAL_LANGUAGES.map((language) => [...argumentsOf(parse(catalogues[language][key])).keys()].sort());
      expect({ key, names: names[1] }).toEqual({ key, names: names[0] });
      expect({ key, names: names[2] }).toEqual({ key, names: names[0] });
    }
  });

  it("every plural gives each of the language's plural categories (Russian: one, few, many; Kazakh and English: one)", () => {
    for (const language of PORTAL_LANGUAGES) {
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const [key, text] of Object.entries(catalogues[language])) {
        for (const element of parse(text)) {
          if (element.type !== TYPE.plural) continue;
          for (const category of categories) expect({ language, key, has: category in element.options }).toEqual({ language, key, has: true });
        }
      }
    }
  });

  it('counts agree in Russian: 1 обладатель, 3 обладателя, 5 обладателей, 21 обладатель', () => {
    const t = translatorFor('ru', catalogues.ru);
    expect(t('home.holders.count', { count: 1 })).toMatch(/^1 обладатель информации ведёт/);
    expect(t('home.holders.count', { count: 3 })).toMatch(/^3 обладателя информации ведут/);
    expect(t('home.holders.count', { count: 5 })).toMatch(/^5 обладателей информации ведут/);
    expect(t('home.holders.count', { count: 21 })).toMatch(/^21 обладатель информации ведёт/);
  });
});
