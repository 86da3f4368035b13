import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { PORTAL_LANGUAGES, type PortalLanguage } from './languages';

/**
 * The catalogues: one per language (`catalogues/<language>/`), ICU MessageFormat texts (plural rules: Kazakh and
 * Russian need them). A language's catalogue is kept in one file per part of the portal (`layout.json`,
 * `requests.json`, …), merged; a key is prefixed by its part, and appears once.
 */
export const CATALOGUE_DIR = 'services/portal/src/i18n/catalogues';

export type Catalogue = Readonly<Record<string, string>>;

export function loadCatalogues(dir = CATALOGUE_DIR): Readonly<Record<PortalLanguage, Catalogue>> {
  return Object.fromEntries(PORTAL_LANGUAGES.map((language) => [language, loadCatalogue(path.resolve(dir, language))])) as Record<PortalLanguage, Catalogue>;
}

function loadCatalogue(dir: string): Catalogue {
  const merged: Record<string, string> = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    for (const [key, text] of Object.entries(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>)) {
      if (key in merged) throw new Error(`catalogue ${dir}: key ${key} appears twice (${file})`);
      merged[key] = text;
    }
  }
  return merged;
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
