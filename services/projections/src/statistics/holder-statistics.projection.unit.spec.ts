import { aClockFact, aRequestFact, aRequestSubmitted, recorded } from '../../test/facts';
import { almatyDayOf, answerTimingAfter, emptyStatistics, evolveHolderStatistics, sumStatistics } from './holder-statistics.projection';

describe('A holder’s numbers for the annual report', () => {
  it('counts each kind of request fact against the holder it concerns, and the dislike reasons', () => {
    let stats = emptyStatistics('kazatomprom');
    for (const fact of [
      aRequestSubmitted(),
      aRequestFact('RequestAccepted'),
      aRequestFact('DeadlineExtended', { days: 5, otherHolderIds: [], reason: 'x' }),
      aRequestFact('RequestAnswered', { text: 'a' }),
      aRequestFact('AnswerRated', { rating: 'dislike', reason: 'too late' }),
      aRequestFact('AnswerRated', { rating: 'dislike', reason: 'too late' }),
      aRequestFact('AnswerRated', { rating: 'like' }),
      aRequestFact('RequestReturned', { reasonCode: 'c', reasonText: 't' }),
      aRequestFact('RequestRefused', { groundCode: 'g', reasonText: 't' }),
      aRequestFact('RequestRedirected', { toHolderId: 'kazmunaygas', reason: 'r' }),
    ]) {
      stats = evolveHolderStatistics(stats, recorded(fact));
    }
    expect(stats).toMatchObject({
      received: 1,
      accepted: 1,
      extended: 1,
      answered: 1,
      likes: 1,
      dislikes: 2,
      returned: 1,
      refused: 1,
      redirected: 1,
      dislikeReasons: { 'too late': 2 },
    });
  });

  it('an R4 clock met late counts once as late, even when both the stop and the breach say so', () => {
    const stoppedLate = aClockFact('ClockStopped', { outcome: 'met', late: true, stoppedAt: 't', byEventId: 'e' });
    const breachedMetLate = aClockFact('ClockBreached', { metLate: true, breachedAt: 't' });
    const first = answerTimingAfter(null, stoppedLate);
    const second = answerTimingAfter(first, breachedMetLate);
    let stats = evolveHolderStatistics(emptyStatistics('h'), recorded(stoppedLate), { before: null, after: first });
    stats = evolveHolderStatistics(stats, recorded(breachedMetLate), { before: first, after: second });
    expect(stats).toMatchObject({ answeredLate: 1, answeredOnTime: 0, deadlinesBreached: 0 });
  });

  it('an R4 clock met on time counts on time; other rules never count as answers; an unmet breach counts as a breach', () => {
    expect(answerTimingAfter(null, aClockFact('ClockStopped', { outcome: 'met', late: false, stoppedAt: 't', byEventId: 'e' }))).toBe('on_time');
    expect(answerTimingAfter(null, aClockFact('ClockStopped', { rule: 'R2', outcome: 'met', late: true, stoppedAt: 't', byEventId: 'e' }))).toBeNull();
    expect(answerTimingAfter(null, aClockFact('ClockStopped', { outcome: 'superseded', late: false, stoppedAt: 't', byEventId: 'e' }))).toBeNull();
    expect(evolveHolderStatistics(emptyStatistics('h'), recorded(aClockFact('ClockBreached', { rule: 'R2', metLate: false, breachedAt: 't' })))).toMatchObject({
      deadlinesBreached: 1,
    });
  });

  it('dislike reasons are counted with IINs, phone numbers and e-mail addresses masked, and marked as machine-redacted', () => {
    let stats = emptyStatistics('kazatomprom');
    expect(stats.dislikeReasonsRedacted).toBe(false);
    stats = evolveHolderStatistics(stats, recorded(aRequestFact('AnswerRated', { rating: 'dislike', reason: 'too late' })));
    expect(stats.dislikeReasonsRedacted).toBe(false);
    for (const reason of ['мой ИИН 850505400018, звоните 8 701 123 45 67', 'мой ИИН 900101300017, звоните +77021234567', 'пишите a@b.kz']) {
      stats = evolveHolderStatistics(stats, recorded(aRequestFact('AnswerRated', { rating: 'dislike', reason })));
    }
    expect(stats.dislikeReasons).toEqual({ 'too late': 1, 'мой ИИН [iin-or-bin], звоните [phone]': 2, 'пишите [email]': 1 });
    expect(stats.dislikeReasonsRedacted).toBe(true);
  });

  it('a fact counts for the Almaty day it happened on: 19:30 UTC is already the next day in Almaty (UTC+5)', () => {
    expect(almatyDayOf('2026-03-01T18:59:59.999Z')).toBe('2026-03-01');
    expect(almatyDayOf('2026-03-01T19:00:00.000Z')).toBe('2026-03-02');
  });

  it('a period’s figures are the sum of its days: counters and dislike reasons added, redacted when any day was', () => {
    const monday = evolveHolderStatistics(emptyStatistics('kazatomprom'), recorded(aRequestSubmitted(), '2026-03-02T05:00:00.000Z'));
    let tuesday = evolveHolderStatistics(emptyStatistics('kazatomprom'), recorded(aRequestSubmitted(), '2026-03-03T05:00:00.000Z'));
    tuesday = evolveHolderStatistics(
      tuesday,
      recorded(aRequestFact('AnswerRated', { rating: 'dislike', reason: 'звоните 8 701 123 45 67' }), '2026-03-03T06:00:00.000Z'),
    );
    const period = sumStatistics('kazatomprom', [monday, tuesday]);
    expect(period).toMatchObject({ received: 2, dislikes: 1, dislikeReasons: { 'звоните [phone]': 1 }, dislikeReasonsRedacted: true });
    expect(period.updatedAt.toISOString()).toBe('2026-03-03T06:00:00.000Z');
    expect(sumStatistics('kazatomprom', [monday])).toMatchObject({ received: 1, dislikes: 0, dislikeReasons: {} });
  });
});
