import { RequestLoaders } from './request-loaders.js';

class CountingLoaders {
  static built = 0;
  readonly id = ++CountingLoaders.built;
}
class UnregisteredLoaders {}

describe('RequestLoaders', () => {
  const builders = new Map([[CountingLoaders, () => new CountingLoaders()]]);

  it('builds a set the first time it is asked for and hands out the same one for the rest of the request', () => {
    CountingLoaders.built = 0;
    const loaders = new RequestLoaders(builders);
    expect(CountingLoaders.built).toBe(0);
    const first = loaders.of(CountingLoaders);
    expect(loaders.of(CountingLoaders)).toBe(first);
    expect(CountingLoaders.built).toBe(1);
  });

  it('gives every request its own sets, so nothing is cached across requests or users', () => {
    const a = new RequestLoaders(builders).of(CountingLoaders);
    const b = new RequestLoaders(builders).of(CountingLoaders);
    expect(a).not.toBe(b);
  });

  it('refuses a set that the loader factory does not register, naming it', () => {
    expect(() => new RequestLoaders(builders).of(UnregisteredLoaders)).toThrow(
      /UnregisteredLoaders is not registered in LoaderFactory/,
    );
  });
});
