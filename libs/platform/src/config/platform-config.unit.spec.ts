import { readPlatformConfig } from './platform-config';

describe('Platform configuration from the environment', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readPlatformConfig({})).toEqual({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/open_dialogue',
      natsUrl: 'nats://127.0.0.1:4222',
      subjectRoot: 'od',
      eventsStreamName: 'OD_EVENTS',
      logLevel: 'info',
      eventStoreNotify: false,
    });
  });

  it('refuses a subject root that is not one NATS token, naming the variable', () => {
    expect(() => readPlatformConfig({ NATS_SUBJECT_ROOT: 'od.events' })).toThrow('NATS_SUBJECT_ROOT must be one subject token');
  });

  it('refuses a database URL of another scheme, naming the variable', () => {
    expect(() => readPlatformConfig({ DATABASE_URL: 'mysql://root@localhost/x' })).toThrow('DATABASE_URL must be a postgres:// URL');
  });
});
