/** The portal's languages: Kazakh (the state language) first, Russian, English. */
export const PORTAL_LANGUAGES = ['kk', 'ru', 'en'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: PortalLanguage = 'kk';
export const LANGUAGE_COOKIE = 'od_lang';

export const isPortalLanguage = (value: unknown): value is PortalLanguage =>
  typeof value === 'string' && (PORTAL_LANGUAGES as readonly string[]).includes(value);

/** The first of the browser's preferred languages the portal speaks (`Accept-Language`, by quality). */
export function fromAcceptLanguage(header: string | undefined): PortalLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const quality = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.trim().toLowerCase().split('-')[0], quality: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  return ranked.map((entry) => entry.language).find(isPortalLanguage);
}

/** The language a page is shown in: the user's choice (cookie), else the browser's, else Kazakh. */
export function chooseLanguage(cookie: string | undefined, acceptLanguage: string | undefined): PortalLanguage {
  return isPortalLanguage(cookie) ? cookie : (fromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE);
}
