import { randomUUID } from 'node:crypto';
import { acceptTopicApplication, applyForConferenceTopic, refuseTopicApplication, topicApplicationStream } from '@od/contracts';
import { topicApplicationIdFor } from '@od/domain';
import { startServiceTier, verifiedAs, type ServiceTier } from '@od/testing';
import { topicApplicationsRoutes } from './topic-applications-routes';

jest.setTimeout(30_000);

let tier: ServiceTier;
const now = new Date('2026-11-02T06:00:00Z');
const at = () => ({ store: tier.store, now, deps: undefined });

beforeAll(async () => {
  tier = await startServiceTier('topic_application_routes');
  await tier.givenRegisteredHolders('kazatomprom', 'kazmunaygas');
});

afterAll(() => tier?.close());

const citizen = { actor: { kind: 'citizen', id: '900101300017' } as const, phoneVerified: true };
const administrator = { actor: { kind: 'staff', id: 'staff-kap-admin' } as const, holderId: 'kazatomprom', staffRoles: ['administrator'] };
const command = () => {
  const commandId = randomUUID();
  return { commandId, correlationId: commandId, caller: { accessToken: 'verified' } };
};
const application = { holderId: 'kazatomprom', topic: 'School budgets', text: 'Please hold a conference on school budgets.', language: 'en' as const };

describe('Topic application routes on the real store (C5)', () => {
  it('given nothing, when a citizen applies and the administrator accepts, then the application id derives from the command id and both facts are appended', async () => {
    const apply = { ...command(), data: application };
    const applicationId = topicApplicationIdFor(apply.commandId);
    expect(await topicApplicationsRoutes.handle(applyForConferenceTopic, verifiedAs(citizen, apply), at())).toEqual({
      ok: true,
      applicationId,
      position: expect.any(String),
    });
    expect(await topicApplicationsRoutes.handle(acceptTopicApplication, verifiedAs(administrator, { ...command(), applicationId, data: {} }), at())).toEqual({
      ok: true,
      applicationId,
      position: expect.any(String),
    });
    expect(await tier.appendedTo(topicApplicationStream(applicationId))).toMatchObject([
      { type: 'TopicApplicationSubmitted', data: { applicationId, holderId: 'kazatomprom' }, metadata: { holderId: 'kazatomprom' } },
      { type: 'TopicApplicationAccepted', data: { applicationId, late: false } },
    ]);
  });

  it('refuses an application to a holder the registry does not know, appending nothing', async () => {
    const apply = { ...command(), data: { ...application, holderId: 'ministry-of-nowhere' } };
    expect(await topicApplicationsRoutes.handle(applyForConferenceTopic, verifiedAs(citizen, apply), at())).toMatchObject({
      ok: false,
      rejection: { code: 'holder_unknown' },
    });
    expect(await tier.appendedTo(topicApplicationStream(topicApplicationIdFor(apply.commandId)))).toHaveLength(0);
  });

  it('given no application, when the administrator refuses one, then it is topic_application_not_found', async () => {
    const applicationId = randomUUID();
    const reply = await topicApplicationsRoutes.handle(
      refuseTopicApplication,
      verifiedAs(administrator, { ...command(), applicationId, data: { reason: 'Not ours' } }),
      at(),
    );
    expect(reply).toEqual({ ok: false, rejection: { code: 'topic_application_not_found', message: `No topic application ${applicationId}` } });
  });
});
