import { isPublicRead } from './cache-control';

describe('Which answers a cache may keep', () => {
  it.each([
    ['GET', '/api/holders/kazatomprom/blog'],
    ['GET', '/api/holders/kazatomprom/statistics'],
    ['GET', '/api/conferences'],
    ['GET', '/api/surveys'],
    ['GET', '/api/surveys/3f2b8c1e-0d4a-4e7b-9c21-900101300017/results'],
    ['HEAD', '/api/surveys'],
  ])('public read: %s %s', (method, path) => {
    expect(isPublicRead(method, path)).toBe(true);
  });

  it.each([
    ['GET', '/api/me'],
    ['GET', '/api/me/requests'],
    ['GET', '/api/requests/3f2b8c1e-0d4a-4e7b-9c21-900101300017'],
    ['GET', '/api/holders/kazatomprom/blog/extra'],
    ['GET', '/api/awp-access'],
    ['POST', '/api/conferences'],
    ['POST', '/api/surveys/x/ballots'],
    ['GET', '/health'],
    ['GET', '/api/unknown'],
  ])('not a public read: %s %s', (method, path) => {
    expect(isPublicRead(method, path)).toBe(false);
  });
});
