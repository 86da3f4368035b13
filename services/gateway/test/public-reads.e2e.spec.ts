import { randomUUID } from 'node:crypto';
import { KZ_PUBLISHED_YEARS, type YearCalendar } from '@od/calendar';
import { calendarStream, holderStream, type EventToAppend } from '@od/contracts';
import { SEEDED_HOLDERS } from '@od/domain';
import { createPostgresEventStore } from '@od/event-store';
import { eventually, startFullPlatform, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(240_000);

/**
 * Public reads a portal and an integrator need (issue 11 §3): the holders registry (kinds, languages, blog under
 * the text of Order 145 in force), the legal basis, and the working-day calendar with its versions. No token.
 */
let under: FullPlatform;
let position = '0:0';

const read = (path: string) => callApi(under.platform, undefined, 'GET', `${path}${path.includes('?') ? '&' : '?'}atLeastPosition=${position}&waitMs=8000`);

/** Appends facts straight to the store, as history (or another registry's tool) would; the position to read them at. */
async function appendToStore(streamId: string, facts: readonly { type: string; data: unknown }[]): Promise<void> {
  const store = createPostgresEventStore({ connectionString: under.database.url, poolSize: 1 });
  try {
    const commandId = randomUUID();
    const occurredAt = new Date().toISOString();
    const events = facts.map(
      (fact) =>
        ({
          ...fact,
          schemaVersion: 1,
          metadata: {
            eventId: randomUUID(),
            commandId,
            correlationId: commandId,
            causationId: commandId,
            actor: { kind: 'operator', id: 'operator-1' },
            occurredAt,
          },
        }) as EventToAppend,
    );
    const appended = await store.appendToStream(streamId, events, { expectedVersion: 'no_stream' });
    position = `${appended.lastPosition.transactionId}:${appended.lastPosition.sequence}`;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  under = await startFullPlatform('publicreads', { GATEWAY_RATE_LIMIT: '100000' }, ['identity-dev', 'relay', 'access', 'projections', 'gateway']);
  // The access service seeds the registry at start; the read model follows its facts.
  await eventually(
    async () => ((await read('/api/holders?limit=1')).body.total === SEEDED_HOLDERS.length ? true : undefined),
    60_000,
    'every seeded holder in the holders read model',
  );
});

afterAll(() => under?.stop());

describe('GET /api/holders', () => {
  it('lists every holder a page at a time, by id, each with its kind, languages and whether its first head has a blog under the 2023 text', async () => {
    const seen: Record<string, any>[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await read(`/api/holders?limit=10${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items);
      if (!page.body.hasMore) break;
      cursor = page.body.nextCursor;
    }
    expect(seen.map((holder) => holder.holderId)).toEqual(SEEDED_HOLDERS.map((holder) => holder.id).sort());
    const byId = Object.fromEntries(seen.map((holder) => [holder.holderId, holder]));
    // A ministry: a state body, no blog under the 2023 text (conferences and surveys only), Kazakh and Russian.
    expect(byId['ministry-of-finance']).toMatchObject({
      kind: 'state_body',
      stateParticipation: null,
      languages: ['kk', 'ru'],
      name: { ru: 'Министерство финансов', en: 'Ministry of Finance' },
      blog: { hasBlog: false, underText: 'order-145-2023', why: 'ministry-of-finance is a state body' },
    });
    // Kazatomprom: 75 % state participation with its source, a blog, and English too.
    expect(byId.kazatomprom).toMatchObject({
      kind: 'quasi_public',
      stateParticipation: { percent: 75, fullyStateOwned: false, source: { certainty: 'reported' } },
      languages: ['kk', 'ru', 'en'],
      blog: { hasBlog: true, underText: 'order-145-2023' },
    });
    expect(byId.kazatomprom.blog.why).toBeUndefined();
    // Samruk-Kazyna: wholly state-owned, so no blog under the 2023 text.
    expect(byId['samruk-kazyna']).toMatchObject({
      kind: 'quasi_public',
      stateParticipation: { percent: 100, fullyStateOwned: true },
      blog: { hasBlog: false, why: 'samruk-kazyna has 100 % state participation' },
    });
  });

  it('filters by kind and by whether the first head has a blog', async () => {
    const withBlog = await read('/api/holders?hasBlog=true&limit=100');
    expect(withBlog.body.items.map((holder: { holderId: string }) => holder.holderId)).toEqual(['kazatomprom', 'kazmunaygas']);
    expect(withBlog.body).toMatchObject({ total: 2, hasMore: false });
    const quasiPublicWithout = await read('/api/holders?kind=quasi_public&hasBlog=false&limit=100');
    expect(quasiPublicWithout.body.items.map((holder: { holderId: string }) => holder.holderId)).toEqual([
      'baiterek',
      'kazakhstan-temir-zholy',
      'samruk-kazyna',
    ]);
    const stateBodies = await read('/api/holders?kind=state_body&limit=100');
    expect(stateBodies.body.total).toBe(SEEDED_HOLDERS.filter((holder) => holder.kind === 'state_body').length);
    expect(stateBodies.body.items.every((holder: { blog: { hasBlog: boolean } }) => !holder.blog.hasBlog)).toBe(true);
  });

  it('refuses a bad filter or another list’s cursor with a 400 naming the field', async () => {
    const badKind = await read('/api/holders?kind=ministry');
    expect(badKind.status).toBe(400);
    expect(JSON.stringify(badKind.body)).toContain('"field":"kind","rule":"isIn","message":"Must be one of: state_body, quasi_public"');
    const badBlog = await read('/api/holders?hasBlog=yes');
    expect(badBlog.status).toBe(400);
    expect(JSON.stringify(badBlog.body)).toContain('"field":"hasBlog","rule":"isIn","message":"Must be one of: true, false"');
    const foreignCursor = await read(`/api/holders?cursor=${Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', randomUUID()])).toString('base64url')}`);
    expect(foreignCursor.status).toBe(400);
    expect(JSON.stringify(foreignCursor.body)).toContain('cursor');
  });
});

describe('GET /api/holders/:holderId', () => {
  it('reads one holder, and a holder registered later as soon as its facts are folded', async () => {
    const one = await read('/api/holders/kazmunaygas');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ holderId: 'kazmunaygas', kind: 'quasi_public', stateParticipation: { percent: 97 }, blog: { hasBlog: true } });

    // Not in the seed: registered by its facts alone.
    const holderId = 'test-listed-company';
    await appendToStore(holderStream(holderId), [
      {
        type: 'HolderRegistered',
        data: { holderId, kind: 'quasi_public', name: { kk: 'Тест АҚ', ru: 'АО «Тест»', en: 'Test JSC' }, registeredAt: new Date().toISOString() },
      },
      {
        type: 'HolderKindRecorded',
        data: {
          holderId,
          kind: 'quasi_public',
          stateParticipation: {
            percent: 51,
            fullyStateOwned: false,
            asOf: '2026-01-01',
            source: { title: 'test register', reference: 'test', certainty: 'official' },
          },
          recordedAt: new Date().toISOString(),
        },
      },
    ]);
    const later = await read(`/api/holders/${holderId}`);
    expect(later.status).toBe(200);
    expect(later.body).toMatchObject({ holderId, languages: ['kk', 'ru'], stateParticipation: { percent: 51 }, blog: { hasBlog: true } });
  });

  it('is a 404 for an unknown holder and a 400 for a malformed id', async () => {
    const unknown = await read('/api/holders/no-such-holder');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'holder_not_found' });
    const malformed = await read('/api/holders/Not_An_Id');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('holderId');
  });
});

describe('GET /api/reference/legal-basis', () => {
  it('gives both texts of Order 145 with their first day in force and its certainty, and marks the 2023 text in force', async () => {
    const basis = await read('/api/reference/legal-basis');
    expect(basis.status).toBe(200);
    expect(basis.body.inForce).toBe('order-145-2023');
    expect(basis.body.texts.map((text: { id: string; inForce: boolean }) => [text.id, text.inForce])).toEqual([
      ['order-145-2021', false],
      ['order-145-2023', true],
    ]);
    expect(basis.body.texts[1]).toMatchObject({
      inForceFrom: '2023-03-28',
      inForceFromCertainty: 'estimated',
      source: expect.stringContaining('seeds/004'),
      blogPlatform: { holders: 'quasi-public-not-fully-state-owned', wording: { ru: expect.stringContaining('за исключением') } },
      r2Term: { appliesTo: 'redirection-only' },
    });
    expect(basis.body.texts[0]).toMatchObject({ r2Term: { appliesTo: 'acceptance-or-redirection' } });
  });
});

describe('GET /api/calendar/:year', () => {
  const shipped2026 = KZ_PUBLISHED_YEARS.find((calendar) => calendar.year === 2026) as YearCalendar;

  it('gives 2026’s calendar in force: its version, the days off with their names and the moved days off', async () => {
    const calendar = await read('/api/calendar/2026');
    expect(calendar.status).toBe(200);
    expect(calendar.body).toMatchObject({ year: 2026, version: '2026.1', recordedAt: null, movedWorkingDays: [] });
    const days = Object.fromEntries(calendar.body.daysOff.map((day: { date: string }) => [day.date, day]));
    expect(days['2026-12-16']).toMatchObject({ kind: 'holiday', holiday: 'independence-day', weekday: 'Wednesday', name: { en: 'Independence Day' } });
    expect(days['2026-05-11']).toMatchObject({ kind: 'moved-day-off', movedFrom: '2026-05-09', name: { en: 'Victory Day' } });
    expect(days['2026-05-27']).toMatchObject({ kind: 'holiday', holiday: 'kurban-ait' });
  });

  it('lists the versions: the shipped one, then an amendment published as a fact, with what it changed, and the calendar follows it', async () => {
    const before = await read('/api/calendar/2026/versions');
    expect(before.body).toMatchObject({ year: 2026, inForce: '2026.1', versions: [{ version: '2026.1', origin: 'shipped', recordedAt: null }] });

    // A decree moves the day off from Saturday 4 April (worked) to Monday 30 March (invented for this test).
    const amended: YearCalendar = {
      ...shipped2026,
      version: '2026.2',
      publishedAt: new Date().toISOString(),
      notes: 'test decree',
      transfers: [{ dayOff: '2026-03-30', workingDay: '2026-04-04', source: { citation: 'test decree (invented for this test)', confirmed: false } }],
    };
    await appendToStore(calendarStream(2026), [
      { type: 'CalendarYearPublished', data: { year: 2026, version: '2026.2', publishedAt: amended.publishedAt, calendar: amended, note: 'test amendment' } },
    ]);

    const after = await read('/api/calendar/2026/versions');
    expect(after.body.inForce).toBe('2026.2');
    expect(after.body.versions.map((version: { version: string }) => version.version)).toEqual(['2026.1', '2026.2']);
    expect(after.body.versions[1]).toMatchObject({
      origin: 'published-fact',
      publishedAt: amended.publishedAt,
      recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      changes: { daysOffAdded: ['2026-03-30'], daysOffRemoved: [], workingDaysAdded: ['2026-04-04'], workingDaysRemoved: [] },
    });
    const inForce = await read('/api/calendar/2026');
    expect(inForce.body).toMatchObject({ version: '2026.2', movedWorkingDays: [{ date: '2026-04-04', dayOffMovedTo: '2026-03-30', weekday: 'Saturday' }] });
  });

  it('is a 404 naming the year when none is published, and a 400 for a malformed year', async () => {
    for (const path of ['/api/calendar/2031', '/api/calendar/2031/versions']) {
      const unknown = await read(path);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ error: 'calendar_year_not_published' });
      expect(unknown.body.message).toContain('2031');
    }
    const malformed = await read('/api/calendar/26');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('year');
  });
});
