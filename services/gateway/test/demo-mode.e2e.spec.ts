import { randomUUID } from 'node:crypto';
import { callApi, describeDemo, seedDemo, startFullPlatform, type FullPlatform, type SeededDemo } from '@od/testing';

jest.setTimeout(300_000);

/**
 * `npm start -- --demo` (issue 11 §3, development only): through the public API, a conference that is live now
 * and a survey open now, their templates sent in time (C1), approved and announced (C3) as of a past moment the
 * conferences and surveys services were moved to (OD_CLOCK_OFFSET_MS), then back on the system clock; so a
 * newcomer asks, answers and votes today. The same seeding `scripts/start.mjs` runs.
 */
let under: FullPlatform;
let demo: SeededDemo;

const call = (account: string | undefined, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

beforeAll(async () => {
  under = await startFullPlatform('demomode', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'access',
    'conferences',
    'surveys',
    'projections',
    'gateway',
  ]);
  demo = await seedDemo({
    apiUrl: under.platform.gatewayUrl,
    identityUrl: under.platform.identityUrl,
    moveClocks: async (offsetMs) => {
      const env = { OD_CLOCK_OFFSET_MS: offsetMs === undefined ? '' : String(offsetMs) };
      await under.platform.restart('conferences', env);
      await under.platform.restart('surveys', env);
    },
  });
});

afterAll(() => under?.stop());

describe('The demo of npm start -- --demo', () => {
  it('seeds a conference that is open now, with its question answered, where a newcomer asks another', async () => {
    expect(Date.parse(demo.conferenceStartsAt)).toBeLessThan(Date.now());
    expect(Date.parse(demo.conferenceEndsAt)).toBeGreaterThan(Date.now());
    const asked = await call('citizen-aigerim', 'POST', `/api/conferences/${demo.conferenceId}/questions`, {
      commandId: randomUUID(),
      text: 'Будут ли скидки для фермеров?',
    });
    expect(asked.status).toBe(201);
    const listed = await call(undefined, 'GET', `/api/conferences?atLeastPosition=${asked.body.position}&waitMs=5000`);
    const shown = (listed.body.items as { conferenceId: string; phase: string; questions: { questionId: string; answer: unknown }[] }[]).find(
      (item) => item.conferenceId === demo.conferenceId,
    );
    expect(shown).toMatchObject({ phase: 'open' });
    expect(shown?.questions).toContainEqual(
      expect.objectContaining({ questionId: demo.questionId, answer: expect.objectContaining({ text: expect.any(String) }) }),
    );
    expect(shown?.questions).toContainEqual(expect.objectContaining({ questionId: asked.body.questionId, answer: null }));
    const answered = await call('staff-kmg-admin', 'POST', `/api/conferences/${demo.conferenceId}/questions/${asked.body.questionId}/answer`, {
      commandId: randomUUID(),
      text: 'Да, с 2027 года.',
    });
    expect(answered.status).toBe(201);
  });

  it('seeds a survey that is open now, whose live results count a newcomer’s ballot', async () => {
    const cast = await call('org-astana-tech', 'POST', `/api/surveys/${demo.surveyId}/ballots`, {
      commandId: randomUUID(),
      answers: [
        { questionId: 'q1', optionIds: ['q1-o2'] },
        { questionId: 'q2', optionIds: ['q2-o2'] },
      ],
    });
    expect(cast.status).toBe(201);
    const results = await call(undefined, 'GET', `/api/surveys/${demo.surveyId}/results?atLeastPosition=${cast.body.position}&waitMs=5000`);
    expect(results.status).toBe(200);
    expect(results.body.results).toMatchObject({ ballots: 2 });
  });

  it('says what it seeded and how to try it', () => {
    const text = describeDemo(demo, 'http://127.0.0.1:3000');
    expect(text).toContain(demo.conferenceId);
    expect(text).toContain(`http://127.0.0.1:3000/api/surveys/${demo.surveyId}/ballots`);
  });
});
