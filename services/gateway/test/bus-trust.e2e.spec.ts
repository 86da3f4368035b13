import { randomUUID } from 'node:crypto';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { acceptRequest, querySubject, subjectOf, type CommandReply } from '@od/contracts';
import { generateKeyPair, SignJWT } from 'jose';
import { grantAwpAccess, startFullPlatform, testBusNames, type FullPlatform, callApi } from '@od/testing';

jest.setTimeout(180_000);

/**
 * The bus is a trust boundary: the platform's NATS admits no one without credentials, and a deciding
 * service acts only for a caller it verifies itself — even a message from a client holding the gateway's
 * own credentials (allowed to publish on the command subjects) cannot make it act as someone else.
 */
const bus = testBusNames('bustrust');
let under: FullPlatform;
let gateway: NatsConnection;
let requestId: string;

const call = (account: string, method: string, path: string, body?: unknown) => callApi(under.platform, account, method, path, body);

async function ask(subject: string, message: unknown): Promise<CommandReply<{ position: string }>> {
  const reply = await gateway.request(subject, JSON.stringify({ pattern: subject, data: message, id: randomUUID() }), { timeout: 10_000 });
  return reply.json<{ response: CommandReply<{ position: string }> }>().response;
}

/** The moderation service's one subject for accepting a request. */
const moderation = () => subjectOf(bus.subjectRoot, acceptRequest);

/** A token with every right claim, signed by a key the identity provider never had. */
async function forgedToken(): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  const issuer = new URL(under.platform.gatewayUrl);
  return new SignJWT({ od_role: 'staff', iin: '780302300111', phone_verified: true, od_holder: 'kazatomprom', od_staff_roles: ['administrator'] })
    .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
    .setSubject('staff-kap-admin')
    .setIssuer(`http://127.0.0.1:${issuer.port}`)
    .setAudience('open-dialogue')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
}

beforeAll(async () => {
  under = await startFullPlatform('bustrust', { GATEWAY_RATE_LIMIT: '100000' }, [
    'identity-dev',
    'relay',
    'intake',
    'moderation',
    'access',
    'projections',
    'gateway',
  ]);
  await grantAwpAccess(under.platform, 'staff-kap-admin', 'administrator');
  ({ requestId } = await under.submitRequest('citizen-aigerim', {
    holderId: 'kazatomprom',
    subject: 'Бюджет',
    text: 'Прошу опубликовать бюджет.',
    language: 'ru',
  }));
  gateway = await under.platform.connectNatsAs('service-gateway');
});

afterAll(async () => {
  await under?.stop();
});

describe("the caller's token", () => {
  it('goes on to the services with each command, but the gateway never echoes it back', async () => {
    const me = await call('citizen-aigerim', 'GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ accountId: 'citizen-aigerim', role: 'citizen' });
    expect(me.body).not.toHaveProperty('accessToken');
  });
});

describe("the platform's NATS", () => {
  it('admits no client without credentials', async () => {
    await expect(connect({ servers: under.platform.natsUrl, reconnect: false, timeout: 3_000 })).rejects.toThrow(/authorization/i);
  });
});

describe('a deciding service, sent commands by a client that may publish on its subject', () => {
  it('refuses a command that names an actor and staff roles but carries no token, and appends nothing', async () => {
    const before = await under.storedEventCount();
    const reply = await ask(moderation(), {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      requestId,
      actor: { kind: 'staff', id: 'staff-who-does-not-exist' },
      staff: { holderId: 'kazatomprom', staffRoles: ['administrator'] },
      data: {},
    });
    expect(reply).toMatchObject({ ok: false, rejection: { code: 'caller_unverified' } });
    expect(await under.storedEventCount()).toBe(before);
  });

  it('refuses a token signed by a key the identity provider does not have', async () => {
    const before = await under.storedEventCount();
    const reply = await ask(moderation(), {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      requestId,
      caller: { accessToken: await forgedToken() },
      data: {},
    });
    expect(reply).toMatchObject({ ok: false, rejection: { code: 'caller_unverified' } });
    expect(await under.storedEventCount()).toBe(before);
  });

  it("acts as the token says, not as the message says: a citizen's token with staff claims in the message cannot accept", async () => {
    const before = await under.storedEventCount();
    const reply = await ask(moderation(), {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      requestId,
      caller: { accessToken: await under.platform.tokenFor('citizen-aigerim') },
      actor: { kind: 'staff', id: 'staff-kap-admin' },
      staff: { holderId: 'kazatomprom', staffRoles: ['administrator'] },
      data: {},
    });
    expect(reply.ok).toBe(false);
    expect(await under.storedEventCount()).toBe(before);
  });

  it('takes staff roles from its own AWP register: a valid staff token without approved access cannot accept', async () => {
    // A real responder's token, the message claiming administrator: no AWP role of theirs is active in the register.
    const before = await under.storedEventCount();
    const minfinResponder = await ask(moderation(), {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      requestId,
      caller: { accessToken: await under.platform.tokenFor('staff-kap-responder') },
      staff: { holderId: 'kazatomprom', staffRoles: ['administrator'] },
      data: {},
    });
    expect(minfinResponder).toMatchObject({ ok: false, rejection: { code: 'role_not_allowed' } });
    expect(await under.storedEventCount()).toBe(before);
  });

  it("does what the verified caller may: the approved administrator's token accepts", async () => {
    const reply = await ask(moderation(), {
      commandId: randomUUID(),
      correlationId: randomUUID(),
      requestId,
      caller: { accessToken: await under.platform.tokenFor('staff-kap-admin') },
      data: {},
    });
    expect(reply).toMatchObject({ ok: true });
  });
});

describe("an agency's credentials", () => {
  it("cannot ask the read models for a citizen's requests, nor send a command", async () => {
    const agency = await under.platform.connectNatsAs('agency-kazatomprom');
    const errors: string[] = [];
    void (async () => {
      for await (const status of agency.status()) if (status.type === 'error') errors.push(String((status as { error?: unknown }).error));
    })();
    await expect(
      agency.request(querySubject(bus.subjectRoot, 'projections', 'my-requests'), JSON.stringify({ data: { userId: '850505400018' } }), { timeout: 2_000 }),
    ).rejects.toThrow(/permission/i);
    await expect(agency.request(moderation(), '{}', { timeout: 2_000 })).rejects.toThrow(/permission/i);
  });
});
