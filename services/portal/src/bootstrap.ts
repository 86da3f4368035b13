import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { httpHost } from '@od/platform';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import nunjucks from 'nunjucks';
import path from 'node:path';
import { buildPortalAssets } from './assets/portal-assets';
import { securityHeaders } from './http/security-headers';
import { PageErrorsFilter } from './http/page-errors.filter';
import { almatyDate } from './i18n/dates';
import { pageLanguage } from './i18n/page-language';
import { navigationFor } from './pages/navigation';
import type { PortalConfig } from './portal-config';
import { PortalModule } from './portal.module';
import { csrfProtection } from './session/csrf';
import { portalSessions } from './session/portal-session';

const VIEWS = 'services/portal/src/views';

/** The web portal: pages rendered on the server, the platform reached only through the gateway's public API. */
export async function startPortal(config: PortalConfig, options: { httpPort: number }) {
  const assets = await buildPortalAssets();
  const app = await NestFactory.create<NestExpressApplication>(PortalModule.register(config, assets), { bodyParser: false });
  app.disable('x-powered-by');
  app.set('trust proxy', config.production ? 1 : false);
  const views = nunjucks.configure([path.resolve(VIEWS), path.resolve('node_modules/govuk-frontend/dist')], {
    autoescape: true,
    express: app.getHttpAdapter().getInstance(),
    noCache: !config.production,
  });
  // `{{ instant | almatyDate(language) }}`, `{{ instant | almatyDate(language, 'dateTime') }}`: Almaty time, the reader's way.
  views.addFilter('almatyDate', almatyDate);
  app.useStaticAssets(assets.designSystemDir, { prefix: '/assets/govuk', maxAge: '1d' });
  app.use(securityHeaders(config.production));
  app.useBodyParser('urlencoded', { extended: false, limit: '64kb' });
  app.use(cookieParser());
  app.use(pageLanguage(config.production));
  app.use(portalSessions(config));
  app.use((request: Request, response: Response, next: NextFunction) => {
    response.locals.user = request.portalSession.user;
    response.locals.assets = { css: assets.css.url, js: assets.js.url };
    response.locals.navigation = navigationFor(request);
    next();
  });
  const csrf = csrfProtection(config);
  app.use(csrf.doubleCsrfProtection);
  app.use((request: Request, response: Response, next: NextFunction) => {
    response.locals.csrfToken = csrf.generateCsrfToken(request, response);
    next();
  });
  app.useGlobalFilters(new PageErrorsFilter());
  app.enableShutdownHooks();
  await app.listen(options.httpPort, httpHost('portal'));
  return app;
}
