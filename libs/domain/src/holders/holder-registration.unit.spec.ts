import type { HolderEvent } from '@od/contracts';
import { decideHolderRegistration, evolveHolder, initialHolderState } from './holder-registration';
import { findSeededHolder } from './seeded-holders';

const now = new Date('2026-12-03T10:00:00.000Z');
const kazatomprom = findSeededHolder('kazatomprom')!;
const ministry = findSeededHolder('ministry-of-finance')!;
const given = (...events: HolderEvent[]) => events.reduce(evolveHolder, initialHolderState);
const typesOf = (decision: ReturnType<typeof decideHolderRegistration>) => (decision.ok ? decision.events.map((event) => event.type) : decision);

describe('Seeding a holder’s languages', () => {
  it('records the languages a new holder answers in: Kazakh and Russian for a ministry, English too where the seed says so', () => {
    // given an empty registry, when the seed registers a ministry and Kazatomprom
    const languagesOf = (decision: ReturnType<typeof decideHolderRegistration>) =>
      decision.ok ? decision.events.flatMap((event) => (event.type === 'HolderLanguagesRecorded' ? [event.data.languages] : [])) : [];
    // then each gets its languages recorded once
    expect(languagesOf(decideHolderRegistration(ministry, now, initialHolderState))).toEqual([['kk', 'ru']]);
    expect(languagesOf(decideHolderRegistration(kazatomprom, now, initialHolderState))).toEqual([['kk', 'ru', 'en']]);
  });

  it('records the languages of a holder registered before languages were facts, and nothing again once they agree', () => {
    // given Kazatomprom registered with its kind but without languages
    const registration = decideHolderRegistration(kazatomprom, now, initialHolderState);
    if (!registration.ok) throw new Error('registration refused');
    const withoutLanguages = registration.events.filter((event) => event.type !== 'HolderLanguagesRecorded');
    // when the seed runs again, then only the languages are recorded
    expect(typesOf(decideHolderRegistration(kazatomprom, now, given(...withoutLanguages)))).toEqual(['HolderLanguagesRecorded']);
    // and when they are on record, nothing is
    expect(typesOf(decideHolderRegistration(kazatomprom, now, given(...registration.events)))).toEqual([]);
  });
});
