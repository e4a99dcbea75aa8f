import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../common/unit-of-work.js';
import { LoaderFactory } from './loader.factory.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every `<feature>/<feature>.loaders.ts` of the API. */
function loaderFiles(): string[] {
  return readdirSync(SRC, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(SRC, folder.name))
        .filter((file) => file.endsWith('.loaders.ts'))
        .map((file) => join(SRC, folder.name, file)),
    );
}

describe('LoaderFactory', () => {
  // A data source that is never connected: building loaders does not touch it, only running a batch does.
  const factory = new LoaderFactory(new UnitOfWork(new DataSource({ type: 'postgres' })));

  it('registers every loader set a feature defines, so no resolver meets an unregistered one', async () => {
    const files = loaderFiles();
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const file of files) {
      const exported = Object.values(await import(file)).filter(
        (value): value is abstract new (...args: never[]) => object =>
          typeof value === 'function' && value.name.endsWith('Loaders'),
      );
      expect(exported.length).toBeGreaterThan(0);
      for (const set of exported) expect(() => factory.forRequest().of(set)).not.toThrow();
    }
  });
});
