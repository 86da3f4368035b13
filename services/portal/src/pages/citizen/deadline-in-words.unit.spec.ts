import type { ClockView } from '@od/contracts';
import { loadCatalogues, translatorFor } from '../../i18n/translator';
import { clockLine, deadlineInWords } from './deadline-in-words';

const catalogues = loadCatalogues();
const en = translatorFor('en', catalogues.en);
const ru = translatorFor('ru', catalogues.ru);
const kk = translatorFor('kk', catalogues.kk);

/** An R4 clock as the API gives it: received on 25 February 2026 (Almaty), 15 calendar days, the last day a Sunday moved on. */
const anAnswerClock = (overrides: Partial<ClockView> = {}): ClockView => ({
  kind: 'request',
  subjectId: 'r-1',
  requestId: 'r-1',
  holderId: 'kazatomprom',
  rule: 'R4',
  clockId: 'c-1',
  status: 'running',
  open: true,
  dueAt: '2026-03-12T19:00:00.000Z',
  overdue: false,
  startedAt: '2026-02-25T05:00:00.000Z',
  warnedAt: null,
  breachedAt: null,
  stoppedAt: null,
  explanation: { rule: 'calendar-days', start: '2026-02-25T05:00:00.000Z', days: 15, calendarVersions: ['2026.1'], movedFrom: '2026-03-11' },
  lastDay: '2026-03-12',
  lastDayText: 'by the end of 12 March 2026, Almaty time',
  mustAct: { holderId: 'kazatomprom', roles: ['responder', 'first_head'] },
  ...overrides,
});

describe('A deadline explained in words, from what the API says of its clock', () => {
  it('gives the last day, the days counted from receipt, the day off it moved from and the calendar version (English)', () => {
    expect(deadlineInWords(anAnswerClock(), en, 'en')).toBe(
      'Due by the end of 12 March 2026: 15 calendar days from receipt on 25 February 2026, moved from 11 March 2026, a day off; calendar 2026.1',
    );
  });

  it('counts in Russian and Kazakh with their plural forms and dates', () => {
    const words = deadlineInWords(
      anAnswerClock({ explanation: { rule: 'working-days', start: '2026-02-25T05:00:00.000Z', days: 3, calendarVersions: ['2026.1'] } }),
      ru,
      'ru',
    );
    expect(words).toMatch(/^Срок — до конца дня 12 марта 2026.*: 3 рабочих дня с 25 февраля 2026/);
    expect(deadlineInWords(anAnswerClock(), kk, 'kk')).toContain('15 күнтізбелік күн');
  });

  it('a clock folded before explanations were kept still says its last day', () => {
    expect(deadlineInWords(anAnswerClock({ explanation: null }), en, 'en')).toBe('Due by the end of 12 March 2026');
  });

  it('a running clock past its due instant is marked overdue; a stopped one says when it closed', () => {
    expect(clockLine(anAnswerClock({ overdue: true }), en, 'en')).toMatchObject({ status: 'Overdue', tagClass: 'govuk-tag--red', running: true });
    const met = clockLine(anAnswerClock({ status: 'met', open: false, stoppedAt: '2026-03-02T06:00:00.000Z' }), en, 'en');
    expect(met).toMatchObject({ task: 'Answer (R4)', status: 'Done on time', running: false });
    expect(met.words).toMatch(/Closed on 2 March 2026\.$/);
  });
});
