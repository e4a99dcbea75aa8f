import { isWellFormedRequestId, requestIdFor, requestIdOf } from './request-id.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps a well-formed incoming id: a UUID, a proxy trace id, 128 characters', () => {
    expect(requestIdFor('5f0c6e1e-8a5b-4c1e-9d7a-2b1f3c4d5e6f')).toBe('5f0c6e1e-8a5b-4c1e-9d7a-2b1f3c4d5e6f');
    expect(requestIdFor('Root=1-67891233-abcdef012345678912345678')).not.toBe(
      'Root=1-67891233-abcdef012345678912345678',
    ); // '=' is not accepted: a new id instead
    expect(requestIdFor('req_01HZX.a:b-c')).toBe('req_01HZX.a:b-c');
    const longest = 'a'.repeat(128);
    expect(requestIdFor(longest)).toBe(longest);
  });

  it('generates a UUID for a missing, empty, too long or unsafe id', () => {
    for (const bad of [undefined, '', ' ', 'a'.repeat(129), 'abc def', 'x"y', 'line\nbreak', '-leading']) {
      expect(requestIdFor(bad)).toMatch(UUID);
    }
  });

  it('takes the first of a header sent twice', () => {
    expect(requestIdFor(['first-id', 'second-id'])).toBe('first-id');
    expect(requestIdFor(['bad id', 'second-id'], () => 'generated')).toBe('generated');
  });

  it('says which values are well-formed', () => {
    expect(isWellFormedRequestId('abc')).toBe(true);
    expect(isWellFormedRequestId(42)).toBe(false);
    expect(isWellFormedRequestId('æøå')).toBe(false);
  });

  it('reads the id a request was given', () => {
    expect(requestIdOf({ id: 'abc' })).toBe('abc');
    expect(requestIdOf({ id: 7 })).toBeUndefined();
    expect(requestIdOf(undefined)).toBeUndefined();
  });
});
