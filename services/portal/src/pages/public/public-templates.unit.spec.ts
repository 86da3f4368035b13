import nunjucks from 'nunjucks';
import path from 'node:path';
import { almatyDate } from '../../i18n/dates';
import { PORTAL_LANGUAGES, type PortalLanguage } from '../../i18n/languages';
import { loadCatalogues, translatorFor } from '../../i18n/translator';

const views = nunjucks.configure([path.resolve('services/portal/src/views'), path.resolve('node_modules/govuk-frontend/dist')], { autoescape: true });
views.addFilter('almatyDate', almatyDate);
const catalogues = loadCatalogues();

function render(page: string, language: PortalLanguage, locals: Record<string, unknown>): string {
  return views.render(`pages/public/${page}.njk`, {
    t: translatorFor(language, catalogues[language]),
    language,
    languages: PORTAL_LANGUAGES,
    currentPath: '/x',
    csrfToken: 'csrf-token',
    navigation: [],
    assets: { css: '/a.css', js: '/a.js' },
    ...locals,
  });
}

const kazatomprom = {
  holderId: 'kazatomprom',
  name: 'Kazatomprom',
  kind: 'quasi_public',
  stateParticipation: {
    percent: 75,
    fullyStateOwned: false,
    asOf: '2025-01-01',
    source: { title: 'Shareholders', reference: 'https://kap.kz', certainty: 'official' },
  },
  languages: ['kk', 'ru', 'en'],
  hasBlog: true,
  blogProvision: 'p. 3',
};
const figures = {
  received: 7,
  accepted: 5,
  redirected: 0,
  returned: 1,
  answered: 4,
  answeredOnTime: 3,
  answeredLate: 1,
  refused: 0,
  extended: 1,
  deadlinesBreached: 1,
  likes: 2,
  dislikes: 1,
};
const question = { questionId: 'q', askedBy: 'citizen', text: 'When <b>?</b>', redacted: true, askedAt: '2026-03-01T05:00:00Z', answer: null };
const survey = {
  surveyId: 'a0000000-0000-4000-8000-000000000001',
  holderName: 'KMG',
  category: 'Energy',
  name: 'Fuel',
  opensAt: '2026-03-01T19:00:00Z',
  closesAt: '2026-03-11T19:00:00Z',
  status: 'approved',
  open: true,
  ballots: 3,
  questions: [
    {
      questionId: 'q1',
      kind: 'single',
      text: 'Car?',
      options: [
        { optionId: 'q1-o1', text: 'Yes', count: 2, percent: 67 },
        { optionId: 'q1-o2', text: 'No', count: 1, percent: 33 },
      ],
    },
    { questionId: 'q2', kind: 'multiple', text: 'What?', options: [{ optionId: 'q2-o1', text: 'Price', count: 3, percent: 100 }] },
  ],
};

describe('The public pages render in Kazakh, Russian and English with every text in the catalogue', () => {
  const pages: [string, Record<string, unknown>][] = [
    [
      'holders',
      {
        withBlog: false,
        holders: [kazatomprom, { ...kazatomprom, holderId: 'm', kind: 'state_body', stateParticipation: null, hasBlog: false }],
        total: 2,
        next: '/holders?cursor=x',
      },
    ],
    [
      'holder',
      {
        holder: kazatomprom,
        applied: true,
        mayApply: true,
        period: { from: '2026-01-01', to: '' },
        blog: {
          unavailable: false,
          next: '/holders/kazatomprom?cursor=x#blog',
          posts: [
            {
              requestId: 'a0000000-0000-4000-8000-000000000002',
              subject: 'S',
              text: 'T',
              redacted: false,
              language: 'ru',
              acceptedAt: '2026-02-02T00:00:00Z',
              answer: { outcome: 'answered', text: 'A', redacted: true, answeredAt: '2026-02-10T00:00:00Z' },
            },
          ],
        },
        statistics: { shown: true, figures, period: { from: '2026-01-01', to: null, allTime: false }, errors: null },
      },
    ],
    [
      'blog-post',
      {
        holder: { holderId: 'kazatomprom', name: 'Kazatomprom' },
        post: {
          requestId: 'a0000000-0000-4000-8000-000000000002',
          subject: 'Schools <i>budget</i>',
          text: 'T',
          redacted: true,
          language: 'ru',
          submittedAt: '2026-02-01T00:00:00Z',
          acceptedAt: '2026-02-02T00:00:00Z',
          answer: { outcome: 'answered', text: 'A', redacted: false, answeredAt: '2026-02-10T00:00:00Z' },
        },
      },
    ],
    [
      'topic-application',
      {
        holder: kazatomprom,
        form: { commandId: 'c', topic: 'T', text: '', language: 'kk' },
        errors: { summary: [{ text: 'text is empty (C5)', href: '#text' }], byField: { text: { text: 'text is empty (C5)' } } },
      },
    ],
    [
      'conferences',
      {
        archive: false,
        total: 1,
        next: null,
        conferences: [
          {
            conferenceId: 'c',
            holderName: 'KMG',
            phase: 'open',
            startsAt: '2026-03-01T05:00:00Z',
            endsAt: '2026-03-04T13:00:00Z',
            title: 'Fuel',
            summary: 'Prices',
          },
        ],
      },
    ],
    [
      'conference',
      {
        conference: {
          conferenceId: 'c',
          holderId: 'kazmunaygas',
          holderName: 'KMG',
          phase: 'open',
          startsAt: '2026-03-01T05:00:00Z',
          endsAt: '2026-03-04T13:00:00Z',
          title: 'Fuel',
          summary: 'S',
          description: 'D',
          moderator: { name: 'N', position: 'P' },
          questions: [question, { ...question, answer: { text: 'Soon', redacted: false, answeredAt: '2026-03-01T06:00:00Z' } }],
        },
        form: { commandId: 'c', text: '' },
        errors: { summary: [{ text: 'blank (C4)', href: '#question-text' }], byField: { 'question-text': { text: 'blank (C4)' } } },
        asked: true,
        mayAsk: true,
        signedIn: true,
      },
    ],
    ['surveys', { surveys: [survey], total: 1, next: null }],
    [
      'survey',
      {
        survey,
        form: { commandId: 'c', chosen: { q1: ['q1-o2'] } },
        errors: { summary: [{ text: 'already (ballot_already_cast)', href: '#q1' }], byField: {} },
        whyNot: 'why',
        voted: false,
        mayVote: true,
        signedIn: true,
      },
    ],
  ];

  const localsOf = (name: string) => pages.find(([page]) => page === name)?.[1] ?? {};

  it.each(PORTAL_LANGUAGES.flatMap((language) => pages.map(([page, locals]) => [page, language, locals] as const)))('%s in %s', (page, language, locals) => {
    const html = render(page, language, locals);
    expect(html).toContain(`<html lang="${language}"`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).not.toMatch(/public\.[a-z]+\.[a-zA-Z.]+/); // a key shown instead of its text
    for (const form of html
      .split('<form')
      .slice(1)
      .filter((part) => /^[^>]*method="post"/.test(part)))
      expect(form.slice(0, form.indexOf('</form>'))).toMatch(/name="_csrf" value="csrf-token"[\s\S]*name="commandId" value="c"/);
  });

  it('texts from the platform are escaped, the chosen option stays chosen, and errors sit next to their fields', () => {
    const conference = render('conference', 'en', localsOf('conference'));
    expect(conference).toContain('When &lt;b&gt;?&lt;/b&gt;');
    expect(conference).toMatch(/id="question-text-error"[^>]*>[\s\S]*?blank \(C4\)/);
    const ballot = render('survey', 'en', localsOf('survey'));
    expect(ballot).toMatch(/value="q1-o2" checked/);
    expect(ballot).toContain('type="checkbox"');
    expect(ballot).toMatch(/Yes<\/td>\s*<td class="govuk-table__cell govuk-table__cell--numeric">2<\/td>/);
    const post = render('blog-post', 'ru', localsOf('blog-post'));
    expect(post).toMatch(/<h1[^>]*lang="ru"[^>]*>Schools &lt;i&gt;budget&lt;\/i&gt;<\/h1>/);
    expect(post).toContain('href="/holders/kazatomprom#blog"');
    expect(post).toMatch(/Дан ответ\s*<\/dt>\s*<dd class="govuk-summary-list__value">\s*10 февраля 2026/);
    const holder = render('holder', 'ru', localsOf('holder'));
    expect(holder).toContain('Доля государства 75 %');
    expect(holder).toContain('href="/holders/kazatomprom/blog/a0000000-0000-4000-8000-000000000002"');
    expect(render('topic-application', 'ru', localsOf('topic-application'))).toMatch(
      /id="text-error"[^>]*>\s*<span class="govuk-visually-hidden">Ошибка:<\/span> text is empty \(C5\)/,
    );
    expect(holder).toMatch(/С 1 января 2026 г\. по …/);
  });
});
