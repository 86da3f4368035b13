import type { UiLanguage } from '@od/contracts';

const UI_LANGUAGES: readonly UiLanguage[] = ['kk', 'ru', 'en'];

/**
 * The language the caller asks to read this answer in (`Accept-Language`, by quality), when it is one the
 * platform speaks: a portal page in Russian gets Russian refusals even for an account set to Kazakh.
 */
export function readerLanguageOf(acceptLanguage: string | undefined): UiLanguage | undefined {
  if (!acceptLanguage) return undefined;
  return acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      return { language: tag.trim().toLowerCase().split('-')[0], quality: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .map((entry) => entry.language)
    .find((language): language is UiLanguage => (UI_LANGUAGES as readonly string[]).includes(language));
}
