import nunjucks from 'nunjucks';
import path from 'node:path';
import type { ReportStateView } from '@od/contracts';
import { almatyDate } from '../../i18n/dates';
import { PORTAL_LANGUAGES, type PortalLanguage } from '../../i18n/languages';
import { loadCatalogues, translatorFor } from '../../i18n/translator';
import { almatyYearOf, commandIdOf, reportPage, reportRequestOf, reportStateInWords } from './report-form';

const views = nunjucks.configure([path.resolve('services/portal/src/views'), path.resolve('node_modules/govuk-frontend/dist')], { autoescape: true });
views.addFilter('almatyDate', almatyDate);
const catalogues = loadCatalogues();
const tIn = (language: PortalLanguage) => translatorFor(language, catalogues[language]);

function render(page: string, language: PortalLanguage, locals: Record<string, unknown>): string {
  return views.render(`pages/reports/${page}.njk`, {
    t: tIn(language),
    language,
    languages: PORTAL_LANGUAGES,
    currentPath: '/x',
    csrfToken: 'csrf-token',
    navigation: [],
    assets: { css: '/a.css', js: '/a.js' },
    cspNonce: 'nonce-1',
    ...locals,
  });
}

const REPORT_ID = 'a0000000-0000-4000-8000-000000000001';
const view = (changes: Partial<ReportStateView>): ReportStateView => ({
  reportId: REPORT_ID,
  state: 'requested',
  period: { from: '2026-01-01', to: '2026-12-31' },
  asOf: '2026-12-31T18:59:00.000Z',
  holderIds: [],
  requestedBy: { role: 'ministry' },
  progress: null,
  sha256: null,
  positionReached: null,
  failureReason: null,
  ...changes,
});

describe('The report form as the API body', () => {
  it('keeps the period as typed, writes the as-of typed in Almaty time as an instant, and sends the ministry’s one holder', () => {
    const form = { from: ' 2026-01-01 ', to: '2026-12-31', asOf: '2026-12-31 23:59', holderIds: 'kazatomprom' };
    expect(reportRequestOf(form, 'id', true)).toEqual({
      commandId: 'id',
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: '2026-12-31T23:59:00+05:00',
      holderIds: ['kazatomprom'],
    });
  });

  it('an empty as-of is now (none sent), "all holders" sends none, and an officer never chooses a holder', () => {
    expect(reportRequestOf({ from: '2026-01-01', to: '2026-12-31', asOf: '', holderIds: '' }, 'id', true)).toEqual({
      commandId: 'id',
      from: '2026-01-01',
      to: '2026-12-31',
    });
    expect(reportRequestOf({ from: '2026-01-01', to: '2026-12-31', holderIds: 'kazmunaygas' }, 'id', false)).not.toHaveProperty('holderIds');
  });

  it('an as-of the form cannot read goes as typed, for the platform to name the field', () => {
    expect(reportRequestOf({ from: 'a', to: 'b', asOf: '31.12.2026' }, 'id', true).asOf).toBe('31.12.2026');
  });

  it('keeps the posted command id (a resubmit is the same report) and makes one when it is missing or no UUID', () => {
    expect(commandIdOf({ commandId: REPORT_ID }, () => 'fresh')).toBe(REPORT_ID);
    expect(commandIdOf({ commandId: 'x' }, () => 'fresh')).toBe('fresh');
    expect(commandIdOf({}, () => 'fresh')).toBe('fresh');
  });

  it('the default period is the Almaty year: 31 December 20:00 UTC is already next year in Almaty', () => {
    expect(almatyYearOf(new Date('2026-12-31T18:59:00Z'))).toBe(2026);
    expect(almatyYearOf(new Date('2026-12-31T19:00:00Z'))).toBe(2027);
  });
});

describe('A report’s state in words', () => {
  it('running N of M facts, with Russian plurals', () => {
    const ru = tIn('ru');
    expect(reportStateInWords(view({ state: 'running', progress: { factsRead: 2, totalFacts: 21 } }), ru)).toBe('Отчёт составляется: пройдено 2 из 21 факта.');
    expect(reportStateInWords(view({ state: 'running', progress: { factsRead: 2, totalFacts: 5 } }), ru)).toBe('Отчёт составляется: пройдено 2 из 5 фактов.');
    expect(reportStateInWords(view({ state: 'running', progress: { factsRead: 1, totalFacts: null } }), tIn('en'))).toBe(
      'The report is being made: 1 fact replayed so far.',
    );
  });

  it('failed with the reason, waiting, published', () => {
    const en = tIn('en');
    expect(reportStateInWords(view({ state: 'failed', failureReason: 'store unreachable' }), en)).toBe('The report could not be made: store unreachable');
    expect(reportStateInWords(view({}), en)).toBe('The report is waiting to start.');
    expect(reportStateInWords(view({ state: 'published' }), en)).toBe('The report is published.');
  });
});

describe('The report pages’ templates', () => {
  it('the form explains the period and the as-of, carries the command id and the CSRF token, and shows a refusal at its field', () => {
    const field = (id: string) => ({
      id,
      name: id,
      value: id === 'to' ? '2025-01-01' : '',
      errorMessage: id === 'to' ? { text: 'Конец периода не может быть раньше его начала (period_invalid)' } : undefined,
    });
    const html = render('new', 'ru', {
      pageTitle: 'x',
      errorSummary: [{ text: 'Конец периода не может быть раньше его начала (period_invalid)', href: '#to' }],
      commandId: REPORT_ID,
      ministry: true,
      holderItems: [
        { value: '', text: 'Все обладатели' },
        { value: 'kazatomprom', text: 'Казатомпром', selected: true },
      ],
      field,
    });
    expect(html).toContain('name="_csrf" value="csrf-token"');
    expect(html).toContain(`name="commandId" value="${REPORT_ID}"`);
    expect(html).toContain('Период — это когда всё произошло');
    expect(html).toContain('это то, что хранилище знало в этот момент');
    expect(html).toMatch(/<p id="to-error" class="govuk-error-message">[\s\S]*Конец периода не может быть раньше его начала \(period_invalid\)/);
    expect(html).toContain('<option value="kazatomprom" selected>Казатомпром</option>');
  });

  it('an officer’s form shows their own holder, not a choice', () => {
    const html = render('new', 'en', {
      pageTitle: 'x',
      errorSummary: [],
      commandId: REPORT_ID,
      ministry: false,
      ownHolder: 'Kazatomprom',
      field: (id: string) => ({ id, name: id, value: '' }),
    });
    expect(html).toContain('Kazatomprom');
    expect(html).not.toContain('<select');
  });

  it('a running report: progress in words and a "Check again" link, no refresh and no files', () => {
    const page = reportPage(view({ state: 'running', progress: { factsRead: 10, totalFacts: 40 } }), 'en', tIn('en'), (id) => id);
    const html = render('report', 'en', { pageTitle: 'x', ...page });
    expect(html).toContain('10 of 40 facts replayed');
    expect(html).toContain(`href="/reports/${REPORT_ID}">Check again</a>`);
    expect(html).not.toMatch(/http-equiv="refresh"/i);
    expect(html).not.toContain('/files/');
    expect(html).toContain('All holders');
    expect(html).toContain('<div id="report-state" aria-live="polite">');
    expect(html).toMatch(/<script nonce="nonce-1">\s*\(function \(\) {\s*var checks/);
  });

  it('a published report: its SHA-256, the period and as-of in Almaty time, the holder by name, and the five files', () => {
    const sha256 = 'ab'.repeat(32);
    const page = reportPage(view({ state: 'published', sha256, holderIds: ['kazatomprom'] }), 'en', tIn('en'), () => 'Kazatomprom');
    const html = render('report', 'en', { pageTitle: 'x', ...page });
    expect(html).toContain(sha256);
    expect(html).toContain('1 January 2026 to 31 December 2026');
    expect(html).toContain('31 December 2026 at 23:59');
    expect(html).toContain('Kazatomprom');
    for (const file of ['report.kk.html', 'report.ru.html', 'report.en.html', 'report.csv', 'report.json'])
      expect(html).toContain(`href="/reports/${REPORT_ID}/files/${file}"`);
    expect(html).not.toContain('Check again');
    expect(html).not.toContain('fetch(location.pathname');
  });
});
