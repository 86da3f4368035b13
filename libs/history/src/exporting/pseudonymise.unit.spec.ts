import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordedEvent } from '@od/event-store';
import { generateHistory } from '../generating/generate-history';
import { GIVEN_NAMES, SURNAMES } from '../generating/people';
import { PERSONAL_FIELDS } from './personal-fields';
import { pseudonymiser, type ExportedFact } from './pseudonymise';

const key = Buffer.from('a'.repeat(64));
const otherKey = Buffer.from('b'.repeat(64));

/** Every fact type `@od/contracts` declares, read from its sources, so a new type fails here until it is reviewed. */
function contractFactTypes(): string[] {
  const root = path.resolve(__dirname, '../../../contracts/src');
  const types = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('.spec.')) {
        for (const match of readFileSync(full, 'utf8').matchAll(/DomainEvent<\s*'([A-Za-z]+)'/g)) types.add(match[1]);
      }
    }
  };
  walk(root);
  return [...types].sort();
}

const IIN = '850505400018';
const PHONE = '+7 701 234 56 78';

/** Facts of the types a generated history has no example of, each with personal data where the type can carry it. */
const handMade: Record<string, unknown> = {
  AwpAccessDenied: { holderId: 'kazatomprom', employeeIin: IIN, role: 'responder', reason: `Call ${PHONE}`, deniedAt: '2025-02-01T05:00:00.000Z' },
  AwpAccessRevoked: { holderId: 'kazatomprom', employeeIin: IIN, role: 'responder', reason: `Left, IIN ${IIN}`, revokedAt: '2025-02-01T05:00:00.000Z' },
  ConferenceTemplateRevised: {
    conferenceId: 'c',
    holderId: 'kazatomprom',
    template: {
      moderator: { surname: SURNAMES[0], name: GIVEN_NAMES[0], iin: IIN, email: 'a.akhmetova@kazatomprom.gov.kz', phone: PHONE, position: 'Бас сарапшы' },
      title: { kk: `Тел ${PHONE}`, ru: 'x' },
      summary: { kk: 'x', ru: 'x' },
      description: { kk: 'x', ru: 'x' },
    },
  },
  TopicApplicationSubmitted: {
    applicationId: 'a',
    holderId: 'kazatomprom',
    applicant: { kind: 'citizen', id: IIN },
    topic: `Тема ${PHONE}`,
    text: `ИИН ${IIN}`,
    language: 'ru',
    submittedAt: '2025-02-01T05:00:00.000Z',
  },
  TopicApplicationAccepted: { applicationId: 'a', holderId: 'kazatomprom', acceptedAt: '2025-02-01T05:00:00.000Z', late: false },
  TopicApplicationRefused: { applicationId: 'a', holderId: 'kazatomprom', reason: `Write to x.y@mail.kz`, refusedAt: '2025-02-01T05:00:00.000Z', late: false },
  SurveyReturned: { surveyId: 's', holderId: 'kazatomprom', reason: `Call ${PHONE}`, returnedAt: '2025-02-01T05:00:00.000Z' },
  NoticeIssued: {
    noticeId: 'n',
    userId: IIN,
    kind: 'request_answered',
    language: 'ru',
    title: `Ответ для ${IIN}`,
    body: `Звоните ${PHONE}`,
    texts: { kk: { title: IIN, body: PHONE }, ru: { title: IIN, body: PHONE }, en: { title: IIN, body: PHONE } },
    causedByEventId: 'e',
    issuedAt: '2025-02-01T05:00:00.000Z',
  },
  AnnualReportFailed: { reportId: 'r', reason: `Officer ${PHONE} could not be reached`, failedAt: '2025-02-01T05:00:00.000Z' },
  CalendarYearPublished: { year: 2025, version: '2025.2', publishedAt: '2025-02-01T05:00:00.000Z', calendar: {}, note: 'amended' },
};

let samples: RecordedEvent[];

beforeAll(() => {
  const generated = [...generateHistory({ seed: 'export', start: new Date('2025-01-01T00:00:00+05:00'), years: 0.5, requestsPerYear: 300, votesPerSurvey: 5 })];
  const byType = new Map<string, RecordedEvent>();
  generated.forEach((fact, i) => {
    const recorded = { ...fact, streamVersion: 1, position: { transactionId: 1n, sequence: BigInt(i + 1) } } as unknown as RecordedEvent;
    // Keep the richest example of each type: a request whose text carries a phone or an IIN, say.
    if (!byType.has(fact.type) || /\d{10}/.test(JSON.stringify(fact.data))) byType.set(fact.type, recorded);
  });
  const base = byType.get('RequestSubmitted') as RecordedEvent;
  for (const [type, data] of Object.entries(handMade)) {
    if (byType.has(type)) continue;
    const streamId = type === 'NoticeIssued' ? `notice-${IIN}` : `${type.toLowerCase()}-x`;
    byType.set(type, { ...base, type, data, streamId, metadata: { ...base.metadata, actor: { kind: 'citizen', id: IIN } } });
  }
  samples = [...byType.values()];
});

/** What must never be left in an export line: an IIN/BIN (12 digits outside ids), a phone, an e-mail, a moderator's name. */
function personalDataIn(fact: ExportedFact | RecordedEvent): string[] {
  const text = JSON.stringify({ ...fact, position: undefined })
    .replace(/ps_[0-9a-f]{32}/g, '')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '');
  const found = [...text.matchAll(/\d{12}|\+7[\d ]{10,}|[\w.]+@[\w.]+\.[a-z]{2,}/g)].map((match) => match[0]);
  for (const name of [...SURNAMES, ...GIVEN_NAMES]) if (text.includes(name)) found.push(name);
  return found;
}

const sampleOf = (type: string): RecordedEvent => {
  const sample = samples.find((each) => each.type === type);
  if (!sample) throw new Error(`no sample ${type}`);
  return sample;
};

describe('the analysts export (personal-fields.ts)', () => {
  it('has reviewed every fact type of @od/contracts, and only those', () => {
    expect(Object.keys(PERSONAL_FIELDS).sort()).toEqual(contractFactTypes());
  });

  it('leaves no IIN, BIN, phone, e-mail or name in a sample of every fact type with personal data, generated or hand-made', () => {
    const withPersonalFields = Object.entries(PERSONAL_FIELDS)
      .filter(([, fields]) => fields.length > 0)
      .map(([type]) => type);
    expect(withPersonalFields.filter((type) => !samples.some((sample) => sample.type === type))).toEqual([]);
    const { exportFact } = pseudonymiser(key);
    // The samples do carry personal data before the export (else this test could not fail).
    expect(samples.filter((sample) => personalDataIn(sample).length > 0).length).toBeGreaterThan(10);
    const left = samples.map(exportFact).flatMap((fact) => personalDataIn(fact).map((found) => `${fact.type}: ${found}`));
    expect(left).toEqual([]);
  });

  it('gives one person one pseudonym under one key, wherever they appear, and another under another key', () => {
    const request = sampleOf('RequestSubmitted');
    const once = pseudonymiser(key).exportFact(request);
    const again = pseudonymiser(key).exportFact(request);
    const otherKeyExport = pseudonymiser(otherKey).exportFact(request);
    expect(again).toEqual(once);
    const author = (fact: ExportedFact) => (fact.data as { author: { id: string } }).author.id;
    expect(author(once)).toMatch(/^ps_[0-9a-f]{32}$/);
    expect(once.metadata.actor.id).toBe(author(once));
    expect(author(otherKeyExport)).not.toBe(author(once));
    // A ballot's voter id in the stream id and in the fact stay joined.
    const ballot = pseudonymiser(key).exportFact(sampleOf('BallotCast'));
    expect(ballot.streamId.endsWith((ballot.data as { voterId: string }).voterId)).toBe(true);
    // The platform's own actors keep their names.
    const clock = pseudonymiser(key).exportFact(sampleOf('ClockStarted'));
    expect(clock.metadata.actor).toEqual({ kind: 'system', id: 'deadlines' });
  });

  it('refuses a fact type nobody reviewed, and a short key', () => {
    const unknown = { ...samples[0], type: 'SomethingNew' } as RecordedEvent;
    expect(() => pseudonymiser(key).exportFact(unknown)).toThrow(/SomethingNew/);
    expect(() => pseudonymiser(Buffer.from('short'))).toThrow(/at least 32 bytes/);
  });
});
