/**
 * The class of a feature's set of batch loaders (`BenefitLoaders` in benefit/benefit.loaders.ts, …). The
 * class is also the set's name: the loader factory registers a builder under it, and a resolver asks the
 * request's loaders for it.
 */
export type LoaderSetClass<T extends object = object> = abstract new (...args: never[]) => T;

/** How to build each registered loader set for one request. */
export type LoaderBuilders = ReadonlyMap<LoaderSetClass, () => object>;

/**
 * The batch loaders of one GraphQL request (`ctx.loaders`): `ctx.loaders.of(BenefitLoaders).benefit.load(id)`.
 * Each feature defines its own loaders beside its entities; this registry is keyed by their classes so that
 * neither it nor the GraphQL context has to import any feature (when the context listed every feature's
 * loaders, every feature depended on every other through it). A set is built the first time a resolver
 * asks for it in the request, so nothing is cached across requests or users.
 */
export class RequestLoaders {
  private readonly built = new Map<LoaderSetClass, object>();

  constructor(private readonly builders: LoaderBuilders) {}

  of<T extends object>(set: LoaderSetClass<T>): T {
    let loaders = this.built.get(set);
    if (!loaders) {
      const build = this.builders.get(set);
      // A programming error, caught by any test that resolves the field: the set is not in LoaderFactory.
      if (!build) throw new Error(`${set.name} is not registered in LoaderFactory (apps/api/src/loaders)`);
      loaders = build();
      this.built.set(set, loaders);
    }
    return loaders as T;
  }
}
