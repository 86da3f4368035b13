import { randomUUID } from 'node:crypto';
import {
  answerConferenceQuestion,
  approveConference,
  askConferenceQuestion,
  closeConference,
  conferenceStream,
  fillConferenceTemplate,
  submitConferenceTemplate,
  type ConferenceTemplate,
} from '@od/contracts';
import { conferenceIdFor, questionIdFor } from '@od/domain';
import { startServiceTier, verifiedAs, type ServiceTier } from '@od/testing';
import { conferencesRoutes } from './conferences-routes';

jest.setTimeout(30_000);

let tier: ServiceTier;

beforeAll(async () => {
  tier = await startServiceTier('conference_routes');
});

afterAll(() => tier?.close());

/** Thursday 10 December 2026, a week before: C1's 3 working days are met for a start on Friday 18 December. */
const preparing = new Date('2026-12-10T05:00:00.000Z');
/** Friday 18 December 2026, 11:00 Almaty: the conference is open. */
const whileOpen = new Date('2026-12-18T06:00:00.000Z');
const at = (now: Date) => ({ store: tier.store, now, deps: undefined });

const administrator = { actor: { kind: 'staff', id: 'staff-kap-admin' } as const, holderId: 'kazatomprom', staffRoles: ['administrator'] };
const responder = { actor: { kind: 'staff', id: 'staff-kap-responder' } as const, holderId: 'kazatomprom', staffRoles: ['responder'] };
const operator = { actor: { kind: 'operator', id: 'operator-1' } as const };
const citizen = { actor: { kind: 'citizen', id: '900101300017' } as const, phoneVerified: true };
const command = () => {
  const commandId = randomUUID();
  return { commandId, correlationId: commandId, caller: { accessToken: 'verified' } };
};

/** Friday 18 December 2026, 10:00 Almaty, until Monday 21 December 18:00 (C4: at least one working day). */
const template: ConferenceTemplate = {
  startsAt: '2026-12-18T05:00:00.000Z',
  endsAt: '2026-12-21T13:00:00.000Z',
  title: { kk: 'Салық реформасы', ru: 'Налоговая реформа' },
  summary: { kk: 'Жаңа Салық кодексі туралы', ru: 'О новом Налоговом кодексе' },
  description: { kk: 'Министрлік сұрақтарға жауап береді.', ru: 'Министерство ответит на вопросы.' },
  moderator: { surname: 'Серікова', name: 'Айгүл', iin: '780302300111', position: 'Бас сарапшы', email: 'a.serikova@minfin.gov.kz', phone: '+77011234567' },
};

describe('Conference routes on the real store (C1, C4, C8)', () => {
  it('fills, submits and approves a conference, takes a question while it is open (its id from the command id), refuses closing before its end (C4), and answers it', async () => {
    const fill = { ...command(), data: { template } };
    const conferenceId = conferenceIdFor(fill.commandId);
    expect(await conferencesRoutes.handle(fillConferenceTemplate, verifiedAs(administrator, fill), at(preparing))).toEqual({
      ok: true,
      conferenceId,
      position: expect.any(String),
    });
    expect(
      await conferencesRoutes.handle(submitConferenceTemplate, verifiedAs(administrator, { ...command(), conferenceId, data: {} }), at(preparing)),
    ).toMatchObject({ ok: true, conferenceId });
    expect(await conferencesRoutes.handle(approveConference, verifiedAs(operator, { ...command(), conferenceId, data: {} }), at(preparing))).toMatchObject({
      ok: true,
      conferenceId,
    });

    const ask = { ...command(), conferenceId, data: { text: 'Когда вступит в силу?' } };
    const questionId = questionIdFor(ask.commandId);
    expect(await conferencesRoutes.handle(askConferenceQuestion, verifiedAs(citizen, ask), at(whileOpen))).toEqual({
      ok: true,
      conferenceId,
      questionId,
      position: expect.any(String),
    });
    const closing = await conferencesRoutes.handle(closeConference, verifiedAs(administrator, { ...command(), conferenceId, data: {} }), at(whileOpen));
    expect(closing).toMatchObject({ ok: false, rejection: { code: 'conference_not_ended' } });
    const answer = { ...command(), conferenceId, data: { questionId, text: 'С 1 января.' } };
    expect(await conferencesRoutes.handle(answerConferenceQuestion, verifiedAs(responder, answer), at(whileOpen))).toMatchObject({ ok: true, conferenceId });

    expect((await tier.appendedTo(conferenceStream(conferenceId))).map((fact) => [fact.type, fact.metadata.holderId])).toEqual([
      ['ConferenceTemplateFilled', 'kazatomprom'],
      ['ConferenceTemplateSubmitted', 'kazatomprom'],
      ['ConferenceApproved', 'kazatomprom'],
      ['ConferenceQuestionAsked', 'kazatomprom'],
      ['ConferenceQuestionAnswered', 'kazatomprom'],
    ]);
  });

  it('given no conference, when a question is asked, then it is conference_not_found and nothing is appended', async () => {
    const conferenceId = randomUUID();
    const reply = await conferencesRoutes.handle(
      askConferenceQuestion,
      verifiedAs(citizen, { ...command(), conferenceId, data: { text: 'Есть кто?' } }),
      at(whileOpen),
    );
    expect(reply).toEqual({ ok: false, rejection: { code: 'conference_not_found', message: `No conference ${conferenceId}` } });
    expect(await tier.appendedTo(conferenceStream(conferenceId))).toHaveLength(0);
  });
});
