import { uuidV5 } from './deterministic-id';

describe('Name-based ids', () => {
  it('match the RFC 9562 version 5 test vector (DNS namespace, "www.example.com")', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('differ for different names in one namespace', () => {
    const namespace = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5('a', namespace)).not.toBe(uuidV5('b', namespace));
  });
});
