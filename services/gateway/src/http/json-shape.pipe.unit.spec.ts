import { jsonShapePipe, jsonShapeProblems, MAX_JSON_DEPTH } from './json-shape.pipe';

const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown;

describe('the shape of a body or query', () => {
  it('finds __proto__, constructor, prototype (and every Object.prototype name) as own keys at any depth, by path', () => {
    const body = JSON.parse('{"a":1,"__proto__":{"x":1},"b":{"constructor":2,"c":[{"prototype":3}]}}') as unknown;
    expect(jsonShapeProblems(body).map(({ field, rule }) => [field, rule])).toEqual([
      ['__proto__', 'whitelistValidation'],
      ['b.c.0.prototype', 'whitelistValidation'],
      ['b.constructor', 'whitelistValidation'],
    ]);
    expect(jsonShapeProblems({ toString: 0, valueOf: 1, hasOwnProperty: 2 }).map(({ field }) => field)).toEqual(['hasOwnProperty', 'toString', 'valueOf']);
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels once, naming the top of the path; allows ${MAX_JSON_DEPTH}`, () => {
    expect(jsonShapeProblems({ text: nested(MAX_JSON_DEPTH - 1) })).toEqual([]);
    expect(jsonShapeProblems({ text: nested(MAX_JSON_DEPTH) })).toEqual([expect.objectContaining({ field: 'text.0.0', rule: 'maxDepth' })]);
    expect(jsonShapeProblems({ text: nested(50_000) })).toHaveLength(1);
    expect(jsonShapeProblems(nested(50_000))).toHaveLength(1);
  });

  it('finds nothing wrong with an ordinary request or a primitive', () => {
    expect(jsonShapeProblems({ subject: 'constructor', text: '__proto__', language: 'en' })).toEqual([]);
    expect(jsonShapeProblems('__proto__')).toEqual([]);
  });

  it('refuses a body with a 400 naming field and rule; leaves params alone', () => {
    const body = JSON.parse('{"subject":"s","__proto__":false}') as unknown;
    expect(() => jsonShapePipe.transform(body, { type: 'body' })).toThrow(
      expect.objectContaining({
        response: expect.objectContaining({
          error: 'validation_failed',
          fields: [expect.objectContaining({ field: '__proto__', rule: 'whitelistValidation' })],
        }),
      }),
    );
    expect(jsonShapePipe.transform('constructor', { type: 'param', data: 'requestId' })).toBe('constructor');
  });
});
