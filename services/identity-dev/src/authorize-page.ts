import { DEV_ACCOUNTS } from '@od/identity';
import { AUTHORIZATION_PARAMETERS } from './authorization-request';

export const STYLESHEET_PATH = '/assets/authorize.css';

/** Served from the provider itself (`style-src 'self'`): the page needs no inline style or script. */
export const STYLESHEET = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #0b0c0c; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 0.5rem; }
.warning { border-left: 0.3rem solid #b58105; padding: 0.25rem 0 0.25rem 0.75rem; }
.error { border-left: 0.3rem solid #b10e1e; padding: 0.25rem 0 0.25rem 0.75rem; color: #b10e1e; font-weight: 600; }
fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
legend { font-weight: 600; font-size: 1.25rem; margin-bottom: 0.5rem; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 0 0 0.5rem; }
button { display: block; width: 100%; text-align: left; font: inherit; padding: 0.6rem 0.75rem; border: 2px solid #0b0c0c;
  border-radius: 0.25rem; background: #f3f2f1; color: #0b0c0c; cursor: pointer; overflow-wrap: anywhere; }
button:hover { background: #dbdad9; }
button:focus-visible { outline: 3px solid #fd0; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
.name { display: block; font-weight: 600; }
.details { display: block; font-size: 1rem; }
`;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => escapes[character]);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Open Dialogue development identity provider</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * The account picker: one submit button per development account, inside a form that posts the authorization
 * request back with the chosen `account`. Works without JavaScript; a button's text is its accessible name.
 */
export function authorizePage(parameters: URLSearchParams, problem?: string): string {
  const hidden = AUTHORIZATION_PARAMETERS.flatMap((name) =>
    parameters
      .getAll(name)
      .slice(0, 1)
      .map((value) => ({ name, value })),
  )
    .map(({ name, value }) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('\n');
  const accounts = Object.entries(DEV_ACCOUNTS)
    .map(([id, account]) => {
      const details = [`role: ${account.od_role}`, account.od_holder ? `holder: ${account.od_holder}` : undefined, `account: ${id}`].filter(Boolean).join(', ');
      return `<li><button type="submit" name="account" value="${escapeHtml(id)}"><span class="name">${escapeHtml(account.displayName)}</span><span class="details">${escapeHtml(details)}</span></button></li>`;
    })
    .join('\n');
  return page(
    'Choose a development account',
    `<h1>Sign in with a development account</h1>
<p class="warning">This is the development identity provider: anyone who reaches it can sign in as anyone. Production uses the national e-government identity provider.</p>
${problem ? `<p class="error" id="problem">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/authorize"${problem ? ' aria-describedby="problem"' : ''}>
${hidden}
<fieldset>
<legend>Choose a development account</legend>
<ul>
${accounts}
</ul>
</fieldset>
</form>`,
  );
}

/** Shown instead of redirecting when the client or its redirect URI is not registered (RFC 6749 §4.1.2.1). */
export function untrustedRequestPage(message: string): string {
  return page(
    'Sign-in request refused',
    `<h1>This sign-in request cannot be completed</h1>
<p class="error">${escapeHtml(message)}</p>
<p>You have not been redirected, because the address that asked for your sign-in is not one this identity provider knows. Go back to the portal and start again.</p>`,
  );
}

/**
 * A strict policy for both pages: nothing inline, the stylesheet from here, the form posting here and following
 * the redirect to the client (Chromium checks `form-action` on the redirect too), never framed.
 */
export function pageSecurityHeaders(redirectOrigin?: string): Record<string, string> {
  const formAction = ["'self'", redirectOrigin].filter(Boolean).join(' ');
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `default-src 'none'; style-src 'self'; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}
