import type { HolderEvent } from '@od/contracts';
import { recorded } from '../../test/facts';
import { evolveHolderView } from './holder-view.projection';

const fold = (...events: HolderEvent[]) => events.map((event) => recorded(event, '2026-03-02T05:00:00.000Z', 'holder-x')).reduce(evolveHolderView, null);

const registered = (holderId: string, kind: 'state_body' | 'quasi_public'): HolderEvent => ({
  type: 'HolderRegistered',
  schemaVersion: 1,
  data: { holderId, kind, name: { kk: holderId, ru: holderId, en: holderId }, registeredAt: '2026-01-01T00:00:00.000Z' },
});

const kindRecorded = (holderId: string, percent: number): HolderEvent => ({
  type: 'HolderKindRecorded',
  schemaVersion: 1,
  data: {
    holderId,
    kind: 'quasi_public',
    stateParticipation: {
      percent,
      fullyStateOwned: percent === 100,
      asOf: '2024-12-31',
      source: { title: 'the company’s shareholders page', reference: 'https://example.kz', certainty: 'reported' },
    },
    recordedAt: '2026-01-01T00:00:00.000Z',
  },
});

describe('The holders read model', () => {
  it('gives a state body a blog under the 2021 text of Order 145 only, and languages Kazakh and Russian by law', () => {
    // given a ministry registered, when folded
    const ministry = fold(registered('ministry-of-finance', 'state_body'));
    // then its first head had a blog under the 2021 text only; it answers in Kazakh and Russian
    expect(ministry).toMatchObject({ kind: 'state_body', stateParticipation: null, blogUnder: ['order-145-2021'], languages: ['kk', 'ru'] });
  });

  it('gives a quasi-public entity with free float a blog under both texts, and a wholly state-owned one under the 2021 text only', () => {
    // given two quasi-public entities with their state participation recorded
    const listed = fold(registered('kazatomprom', 'quasi_public'), kindRecorded('kazatomprom', 75));
    const wholly = fold(registered('samruk-kazyna', 'quasi_public'), kindRecorded('samruk-kazyna', 100));
    // then the one with 75 % has a blog under the 2023 text too; the 100 % one does not
    expect(listed).toMatchObject({ stateParticipation: { percent: 75, fullyStateOwned: false }, blogUnder: ['order-145-2021', 'order-145-2023'] });
    expect(wholly).toMatchObject({ stateParticipation: { percent: 100, fullyStateOwned: true }, blogUnder: ['order-145-2021'] });
  });

  it('follows a share sold to 100 % and the languages recorded later', () => {
    // given a listed company, when the state buys the free float back and English is recorded
    const view = fold(registered('kazatomprom', 'quasi_public'), kindRecorded('kazatomprom', 75), kindRecorded('kazatomprom', 100), {
      type: 'HolderLanguagesRecorded',
      schemaVersion: 1,
      data: { holderId: 'kazatomprom', languages: ['kk', 'ru', 'en'], recordedAt: '2026-02-01T00:00:00.000Z' },
    });
    // then it no longer has a blog under the 2023 text, and answers in English too
    expect(view).toMatchObject({ blogUnder: ['order-145-2021'], languages: ['kk', 'ru', 'en'] });
  });

  it('ignores a kind recorded for a holder it has no row for', () => {
    expect(fold(kindRecorded('nobody', 75))).toBeNull();
  });
});
