import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { PORTAL_LANGUAGES, type PortalLanguage } from './languages';

/** The catalogues: one JSON file per language, ICU MessageFormat texts (plural rules: Kazakh and Russian need them). */
export const CATALOGUE_DIR = 'services/portal/src/i18n/catalogues';

export type Catalogue = Readonly<Record<string, string>>;

export function loadCatalogues(dir = CATALOGUE_DIR): Readonly<Record<PortalLanguage, Catalogue>> {
  return Object.fromEntries(
    PORTAL_LANGUAGES.map((language) => [language, JSON.parse(readFileSync(path.resolve(dir, `${language}.json`), 'utf8')) as Catalogue]),
  ) as Record<PortalLanguage, Catalogue>;
}

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** `t(key, values)` for one language; compiled messages are kept. A missing key is a programming error, shown as the key. */
export function translatorFor(language: PortalLanguage, catalogue: Catalogue): Translate {
  const compiled = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    const text = catalogue[key];
    if (text === undefined) return key;
    let message = compiled.get(key);
    if (!message) {
      message = new IntlMessageFormat(text, language);
      compiled.set(key, message);
    }
    return String(message.format(values as Record<string, string | number>));
  };
}
