import nunjucks from 'nunjucks';
import path from 'node:path';
import { almatyDate } from '../../i18n/dates';
import { PORTAL_LANGUAGES, type PortalLanguage } from '../../i18n/languages';
import { loadCatalogues, translatorFor } from '../../i18n/translator';

const views = nunjucks.configure([path.resolve('services/portal/src/views'), path.resolve('node_modules/govuk-frontend/dist')], { autoescape: true });
views.addFilter('almatyDate', almatyDate);
const catalogues = loadCatalogues();

function render(page: string, language: PortalLanguage, locals: Record<string, unknown>): string {
  return views.render(`pages/citizen/${page}.njk`, {
    t: translatorFor(language, catalogues[language]),
    language,
    languages: PORTAL_LANGUAGES,
    currentPath: '/requests',
    csrfToken: 'csrf-token',
    navigation: [],
    assets: { css: '/a.css', js: '/a.js' },
    ...locals,
  });
}

const requestId = 'a0000000-0000-4000-8000-000000000001';
const answeredPage = (ratingForm: unknown, rating: unknown = null) => ({
  pageTitle: 'Exports',
  request: {
    id: requestId,
    subject: 'Exports <b>',
    text: 'Line one\nLine <i>two</i>',
    language: 'en',
    holderName: 'Kazatomprom',
    tag: { text: 'Answered', classes: 'govuk-tag--green' },
  },
  facts: [{ key: { text: 'Holder' }, value: { text: 'Kazatomprom' } }],
  redirects: [{ from: 'KMG', to: 'Kazatomprom', reason: 'Not ours', at: '2026-02-24T05:00:00Z' }],
  answer: { text: 'See page 42', answeredAt: '2026-03-02T05:00:00Z' },
  reason: null,
  runningDeadlines: [],
  clocks: [
    { task: 'Answer (R4)', status: 'Done on time', tagClass: 'govuk-tag--green', words: 'Due by the end of 12 March 2026: 15 calendar days', running: false },
  ],
  history: [{ at: '2026-02-25T05:00:00Z', text: 'Request sent' }],
  rating,
  ratingForm,
});
const dislikeWithoutReason = {
  commandId: 'b0000000-0000-4000-8000-000000000002',
  values: { rating: 'dislike', reason: '' },
  errors: {
    summary: [{ text: 'reason must be given with a dislike (R7)', href: '#reason' }],
    byField: { reason: { text: 'reason must be given with a dislike (R7)' } },
  },
};

describe('The citizen’s templates', () => {
  it.each(PORTAL_LANGUAGES)('render in %s with every text found, one h1 and the platform’s texts escaped', (language) => {
    const pages = [
      render('my-requests', language, {
        statuses: [{ value: '', text: 'All', selected: true }],
        requests: [
          {
            href: `/requests/${requestId}`,
            subject: 'Exports <b>',
            holderName: 'KAP',
            tag: { text: 'Answered', classes: 'govuk-tag--green' },
            submittedAt: '2026-02-25T05:00:00Z',
          },
        ],
        pagination: { next: { href: '/requests?cursor=abc', text: 'Next' } },
      }),
      render('notices', language, {
        notices: [{ title: 'Answered <b>', body: 'Body', language: 'kk', issuedAt: '2026-03-02T05:00:00Z', href: `/requests/${requestId}` }],
        pagination: {},
      }),
      render('request', language, answeredPage({ commandId: 'c', values: {} })),
    ];
    for (const html of pages) {
      expect(html).not.toMatch(/citizen\.[a-z]/);
      expect(html.match(/<h1[ >]/g)).toHaveLength(1);
      expect(html).not.toContain('<b>');
      expect(html).toContain(`<html lang="${language}"`);
    }
  });

  it('the rating form posts with the CSRF token and its command id; the API’s error is next to the reason, the choice kept', () => {
    const html = render('request', 'ru', answeredPage(dislikeWithoutReason));
    expect(html).toContain(`<form method="post" action="/requests/${requestId}/rating"`);
    expect(html).toContain('<input type="hidden" name="_csrf" value="csrf-token">');
    expect(html).toContain('<input type="hidden" name="commandId" value="b0000000-0000-4000-8000-000000000002">');
    expect(html).toMatch(
      /<p id="reason-error" class="govuk-error-message">\s*<span class="govuk-visually-hidden">Ошибка:<\/span> reason must be given with a dislike \(R7\)/,
    );
    expect(html).toContain('<a href="#reason">reason must be given with a dislike (R7)</a>');
    expect(html).toMatch(/value="dislike" checked/);
  });

  it('once rated, the rating is shown instead of the form', () => {
    const html = render('request', 'en', answeredPage(null, { rating: 'dislike', reason: 'No figures <b>by region</b>' }));
    expect(html).toContain('You rated the answer: Dislike.');
    expect(html).toContain('No figures &lt;b&gt;by region&lt;/b&gt;');
    expect(html).not.toContain('/rating"');
  });
});
