import { Controller, Module, type INestApplication } from '@nestjs/common';
import { ClientProxyFactory, MessagePattern, Transport, type ClientProxy } from '@nestjs/microservices';
import { isServiceFailure } from '@od/contracts';
import { testBusNames, testNatsUrl } from '@od/testing';
import { firstValueFrom, timeout } from 'rxjs';
import { loggerModule } from '../logging/logger.module';
import { startNatsService } from './start-nats-service';

const { subjectRoot } = testBusNames('servicefailure');
// Queries: commands also pass the callers' verification, which is not what this spec is about.
const subject = (name: string) => `${subjectRoot}.queries.probe.${name}`;
const correlationId = '5d1f6a2e-1111-4222-8333-444455556666';

@Controller()
class ProbeHandlers {
  @MessagePattern(subject('fault'))
  fault(): never {
    throw new TypeError("Cannot read properties of undefined (reading 'holderId')");
  }

  @MessagePattern(subject('database-down'))
  databaseDown(): never {
    throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  }

  @MessagePattern(subject('refusal'))
  refusal() {
    return { ok: false, rejection: { code: 'request_not_found', message: 'No request' } };
  }
}

@Module({ imports: [loggerModule('probe', 'silent')], controllers: [ProbeHandlers] })
class ProbeModule {}

let app: INestApplication;
let client: ClientProxy;

async function ask(name: string, message: unknown): Promise<{ reply?: unknown; error?: unknown }> {
  try {
    return { reply: await firstValueFrom(client.send(subject(name), message).pipe(timeout(5_000))) };
  } catch (error) {
    return { error };
  }
}

beforeAll(async () => {
  const config = { databaseUrl: '', natsUrl: testNatsUrl, subjectRoot, eventsStreamName: '', logLevel: 'silent', eventStoreNotify: false };
  app = await startNatsService({ module: ProbeModule }, { name: 'probe', config, httpPort: 0 });
  client = ClientProxyFactory.create({ transport: Transport.NATS, options: { servers: [testNatsUrl] } });
  await client.connect();
});

afterAll(async () => {
  await client?.close();
  await app?.close();
});

describe('A service that throws while handling a message', () => {
  it('answers an explicit internal_error with the message’s correlation id (the gateway makes it a 500)', async () => {
    const { error } = await ask('fault', { commandId: correlationId, correlationId });
    expect(isServiceFailure(error)).toBe(true);
    expect(error).toEqual({ error: 'internal_error', correlationId });
  });

  it('answers with a new correlation id when the message carries none (or not a UUID)', async () => {
    const { error } = await ask('fault', { correlationId: 'x'.repeat(500) });
    expect(error).toEqual({ error: 'internal_error', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('answers dependency_unavailable when its database refused the connection (the gateway makes it a 503)', async () => {
    const { error } = await ask('database-down', { correlationId });
    expect(error).toEqual({ error: 'dependency_unavailable', correlationId });
  });

  it('leaves replies, refusals included, as they are', async () => {
    expect(await ask('refusal', { correlationId })).toEqual({ reply: { ok: false, rejection: { code: 'request_not_found', message: 'No request' } } });
  });
});
