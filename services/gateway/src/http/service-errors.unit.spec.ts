import { Controller, Get, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { ClientProxy } from '@nestjs/microservices';
import type { ServiceFailure } from '@od/contracts';
import { NEVER, of, throwError } from 'rxjs';
import request from 'supertest';
import { askBus } from './bus-request';
import { CORRELATION_ID_HEADER, RequestErrorsFilter } from './request-errors.filter';

/** A bus whose every request ends as `answer` says. */
const busAnswering = (answer: () => ReturnType<ClientProxy['send']>) => ({ send: answer }) as unknown as ClientProxy;
const correlationId = '5d1f6a2e-1111-4222-8333-444455556666';

@Controller('probe')
class ProbeController {
  @Get('fault')
  fault() {
    return askBus(
      busAnswering(() => throwError(() => ({ error: 'internal_error', correlationId }) satisfies ServiceFailure)),
      'od.commands.intake.submit',
      {},
    );
  }

  @Get('bare-fault')
  bareFault() {
    return askBus(
      busAnswering(() => throwError(() => ({ status: 'error', message: 'Internal server error' }))),
      'od.commands.intake.submit',
      {},
    );
  }

  @Get('database-down')
  databaseDown() {
    return askBus(
      busAnswering(() => throwError(() => ({ error: 'dependency_unavailable', correlationId }) satisfies ServiceFailure)),
      'od.commands.intake.submit',
      {},
    );
  }

  @Get('silence')
  silence() {
    return askBus(
      busAnswering(() => NEVER),
      'od.commands.intake.submit',
      {},
      50,
    );
  }

  @Get('own-fault')
  ownFault(): never {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  }

  @Get('fine')
  fine() {
    return askBus(
      busAnswering(() => of({ ok: true })),
      'od.commands.intake.submit',
      {},
    );
  }
}

let app: INestApplication;

beforeAll(async () => {
  app = await NestFactory.create({ module: class ProbeModule {}, controllers: [ProbeController] } as never, { logger: false });
  app.useGlobalFilters(new RequestErrorsFilter(app.getHttpAdapter()));
  await app.init();
});

afterAll(async () => {
  await app?.close();
});

describe('Unexpected errors and unavailable services', () => {
  it('a service that answers it failed is a 500 internal_error with its correlation id in the body and the header', async () => {
    const answer = await request(app.getHttpServer()).get('/probe/fault');
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: 'internal_error', message: expect.stringContaining(correlationId), correlationId });
    expect(answer.headers[CORRELATION_ID_HEADER.toLowerCase()]).toBe(correlationId);
  });

  it.each(['bare-fault', 'own-fault'])('a fault without a correlation id (%s) is a 500 with a new one', async (path) => {
    const answer = await request(app.getHttpServer()).get(`/probe/${path}`);
    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({ error: 'internal_error', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(answer.headers[CORRELATION_ID_HEADER.toLowerCase()]).toBe(answer.body.correlationId);
    expect(answer.text).not.toContain('Cannot read properties');
  });

  it.each(['database-down', 'silence'])('a service that cannot answer now (%s) is a 503 with Retry-After', async (path) => {
    const answer = await request(app.getHttpServer()).get(`/probe/${path}`);
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ error: 'service_unavailable', retryAfterSeconds: 5 });
    expect(answer.headers['retry-after']).toBe('5');
  });

  it('a reply passes through', async () => {
    const answer = await request(app.getHttpServer()).get('/probe/fine');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ ok: true });
  });
});
