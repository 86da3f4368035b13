import { pino } from 'pino';
import { scrubLogFields, scrubLogText } from './log-privacy';
import { privateLoggerOptions } from './logger.module';

describe('What a log line may not hold', () => {
  it.each([
    [
      'Stream awpaccess-kazatomprom-850505400018-administrator expected version 0 but is at 1',
      'Stream awpaccess-kazatomprom-[iin-or-bin]-administrator expected version 0 but is at 1',
    ],
    ['append refused for stream notice-900101300017', 'append refused for stream notice-[iin-or-bin]'],
    ['GET /api/me?access_token=eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln&x=1', 'GET /api/me?access_token=[redacted]&x=1'],
    ['/api/me?token=abc123', '/api/me?token=[redacted]'],
    ['/callback?code=s3cr3t&state=1', '/callback?code=[redacted]&state=1'],
    ['authorization: Bearer abc.def.ghi', 'authorization: Bearer [redacted]'],
    ['token eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl in a message', 'token [jwt] in a message'],
  ])('%j', (text, expected) => {
    expect(scrubLogText(text)).toBe(expected);
  });

  it('errors (message, stack, own fields, cause) and nested fields are scrubbed; the serialized fields are left to their serializers', () => {
    const cause = new Error('duplicate key (stream_id)=(notice-850505400018)');
    const error = Object.assign(new Error('Stream awpaccess-kazatomprom-850505400018-responder is at 3', { cause }), {
      detail: 'Key (stream_id)=(notice-900101300017) exists',
    });
    const req = { url: '/raw?token=x' };
    const fields = scrubLogFields({ error, context: { streamId: 'notice-900101300017', list: ['+7 701 234 56 78'] }, req });
    const written = JSON.stringify(fields);
    for (const secret of ['850505400018', '900101300017', '701 234']) expect(written).not.toContain(secret);
    expect(fields.error).toMatchObject({
      type: 'Error',
      message: 'Stream awpaccess-kazatomprom-[iin-or-bin]-responder is at 3',
      detail: 'Key (stream_id)=(notice-[iin-or-bin]) exists',
    });
    expect(fields.req).toBe(req);
  });

  it('a service logger writes an error under err, and a message, without the IIN in its stream id or a token', () => {
    const written: string[] = [];
    const logger = pino(privateLoggerOptions('test', 'info'), { write: (line: string) => written.push(line) });
    const error = Object.assign(new Error('Stream awpaccess-kazatomprom-850505400018-responder expected version 0'), { detail: 'notice-900101300017' });
    logger.error(
      { err: error, streamId: 'notice-900101300017' },
      'append failed for notice-900101300017 at /api/me?access_token=eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln',
    );
    const line = JSON.parse(written.join(''));
    expect(JSON.stringify(line)).not.toMatch(/850505400018|900101300017|eyJ/);
    expect(line).toMatchObject({
      err: { type: 'Error', message: 'Stream awpaccess-kazatomprom-[iin-or-bin]-responder expected version 0' },
      streamId: 'notice-[iin-or-bin]',
    });
  });
});
