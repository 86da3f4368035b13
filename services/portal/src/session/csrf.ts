import { doubleCsrf } from 'csrf-csrf';
import type { PortalConfig } from '../portal-config';

/** The message of the CSRF failure, by which the error page knows it (Nest keeps the status and message only). */
export const FORM_EXPIRED = 'form_expired';

/**
 * CSRF protection on every form (csrf-csrf, the double-submit cookie bound to the session id): every page gets
 * `csrfToken` for its forms' hidden `_csrf` field; every POST without the matching token is refused (403).
 */
export function csrfProtection(config: PortalConfig) {
  return doubleCsrf({
    getSecret: () => config.sessionSecret,
    getSessionIdentifier: (request) => request.portalSession.id ?? '',
    cookieName: config.production ? '__Host-od_csrf' : 'od_csrf',
    cookieOptions: { httpOnly: true, secure: config.production, sameSite: 'lax', path: '/' },
    getCsrfTokenFromRequest: (request) => (request.body as Record<string, unknown> | undefined)?._csrf as string | undefined,
    errorConfig: { statusCode: 403, message: FORM_EXPIRED, code: 'EBADCSRFTOKEN' },
  });
}
