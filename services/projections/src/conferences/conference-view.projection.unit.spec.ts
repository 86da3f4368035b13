import type { ConferenceAnnounced, ConferenceEvent } from '@od/contracts';
import { recorded } from '../../test/facts';
import { ConferenceViewEntity } from './conference-view.entity';
import { evolveConferenceView } from './conference-view.projection';

const CONFERENCE_ID = '22222222-2222-4222-8222-222222222222';

const aPublishedConference = (): ConferenceViewEntity =>
  Object.assign(new ConferenceViewEntity(), {
    conferenceId: CONFERENCE_ID,
    holderId: 'kazatomprom',
    status: 'published',
    announcementUrl: null,
    announcedAt: null,
    publishedAt: null,
    announcementLate: null,
  });

const anAnnouncement = (data: Partial<ConferenceAnnounced['data']>): ConferenceEvent => ({
  type: 'ConferenceAnnounced',
  schemaVersion: 1,
  data: {
    conferenceId: CONFERENCE_ID,
    holderId: 'kazatomprom',
    url: 'https://kazatomprom.kz/news/conference',
    announcedAt: '2026-03-02T05:00:00.000Z',
    recordedAt: '2026-03-02T05:00:00.000Z',
    dueBefore: '2026-03-10T19:00:00.000Z',
    late: false,
    ...data,
  },
});

/** C3 in the agency's view: the time the announcement was recorded, and beside it the time the agency declared. */
describe('the conference view of an announcement (C3)', () => {
  it('given a published conference, when it is announced with a declared publication time, then both are kept: recorded and declared', () => {
    const view = evolveConferenceView(
      aPublishedConference(),
      recorded(anAnnouncement({ publishedAt: '2026-03-01T10:00:00.000Z' }), undefined, `conference-${CONFERENCE_ID}`),
    );
    expect(view).toMatchObject({ announcedAt: new Date('2026-03-02T05:00:00.000Z'), publishedAt: new Date('2026-03-01T10:00:00.000Z') });
  });

  it('given a published conference, when it is announced without a declared time, then only the recorded one is kept', () => {
    const view = evolveConferenceView(aPublishedConference(), recorded(anAnnouncement({}), undefined, `conference-${CONFERENCE_ID}`));
    expect(view).toMatchObject({ announcedAt: new Date('2026-03-02T05:00:00.000Z'), publishedAt: null });
  });

  it('given a fact recorded when the agency dated the announcement itself, then its time shows as declared and the recording as the announcement time', () => {
    const legacy = anAnnouncement({ announcedAt: '2026-02-20T05:00:00.000Z', recordedAt: '2026-03-02T05:00:00.000Z' });
    const view = evolveConferenceView(aPublishedConference(), recorded(legacy, undefined, `conference-${CONFERENCE_ID}`));
    expect(view).toMatchObject({ announcedAt: new Date('2026-03-02T05:00:00.000Z'), publishedAt: new Date('2026-02-20T05:00:00.000Z') });
  });
});
