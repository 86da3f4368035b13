import type { NextFunction, Request, Response } from 'express';
import { chooseLanguage, isPortalLanguage, LANGUAGE_COOKIE, PORTAL_LANGUAGES, type PortalLanguage } from './languages';
import { loadCatalogues, translatorFor, type Translate } from './translator';

declare module 'express-serve-static-core' {
  interface Request {
    language: PortalLanguage;
    t: Translate;
  }
}

const ONE_YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Every page in the user's language: `?lang=` chooses it and is remembered in a cookie (then the same address
 * without it), else the cookie, else the browser's Accept-Language, else Kazakh. Sets `<html lang>` (`language`)
 * and `t` for the templates.
 */
export function pageLanguage(production: boolean) {
  const catalogues = loadCatalogues();
  const translators = Object.fromEntries(PORTAL_LANGUAGES.map((language) => [language, translatorFor(language, catalogues[language])])) as Record<
    PortalLanguage,
    Translate
  >;
  return (request: Request, response: Response, next: NextFunction) => {
    const asked = request.query.lang;
    if (request.method === 'GET' && isPortalLanguage(asked)) {
      response.cookie(LANGUAGE_COOKIE, asked, { maxAge: ONE_YEAR_MS, httpOnly: true, sameSite: 'lax', secure: production, path: '/' });
      const url = new URL(request.originalUrl, 'http://portal.invalid');
      url.searchParams.delete('lang');
      return response.redirect(303, `${url.pathname}${url.search}`);
    }
    const language = chooseLanguage(request.cookies?.[LANGUAGE_COOKIE] as string | undefined, request.headers['accept-language']);
    request.language = language;
    request.t = translators[language];
    response.locals.language = language;
    response.locals.t = translators[language];
    response.locals.languages = PORTAL_LANGUAGES;
    response.locals.currentPath = request.path;
    next();
  };
}
