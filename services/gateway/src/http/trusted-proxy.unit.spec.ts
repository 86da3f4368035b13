import { Controller, Get, Ip, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { RATE_LIMIT_CONFIG, readRateLimitConfig, TrustedProxySetting } from './rate-limit';

@Controller('ip')
class IpController {
  @Get()
  ip(@Ip() ip: string) {
    return { ip };
  }
}

async function appWith(env: NodeJS.ProcessEnv): Promise<INestApplication> {
  const module = {
    module: class IpModule {},
    controllers: [IpController],
    providers: [{ provide: RATE_LIMIT_CONFIG, useValue: readRateLimitConfig(env) }, TrustedProxySetting],
  };
  const app = await NestFactory.create(module as never, { logger: false });
  await app.init();
  return app;
}

describe('The client address the rate limits count', () => {
  it('ignores X-Forwarded-For unless GATEWAY_TRUSTED_PROXY_HOPS is set: the client is the socket peer', async () => {
    const app = await appWith({});
    const answer = await request(app.getHttpServer()).get('/ip').set('X-Forwarded-For', '203.0.113.7');
    expect(answer.body.ip).not.toBe('203.0.113.7');
    expect(answer.body.ip).toMatch(/127\.0\.0\.1|::1/);
    await app.close();
  });

  it('with one trusted hop takes the address the proxy appended, not one the client put before it', async () => {
    const app = await appWith({ GATEWAY_TRUSTED_PROXY_HOPS: '1' });
    expect((await request(app.getHttpServer()).get('/ip').set('X-Forwarded-For', '203.0.113.7')).body.ip).toBe('203.0.113.7');
    expect((await request(app.getHttpServer()).get('/ip').set('X-Forwarded-For', '198.51.100.1, 203.0.113.7')).body.ip).toBe('203.0.113.7');
    await app.close();
  });

  it('refuses a hop count that is not a whole number, naming the variable', () => {
    expect(() => readRateLimitConfig({ GATEWAY_TRUSTED_PROXY_HOPS: 'yes' })).toThrow(/GATEWAY_TRUSTED_PROXY_HOPS/);
  });
});
