/**
 * Writes the GraphQL schema (SDL, sorted) to apps/api/src/schema.gql, the committed contract that
 * integrators read. Run with `npm run schema:generate`; a test fails when the file is out of date.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../create-app.js';
import { printSortedSchema } from '../graphql/print-schema.js';

process.env.PGLITE_DIR = 'memory://';
delete process.env.DATABASE_URL;
process.env.GEVINST_DEMO = 'false';
process.env.GEVINST_SEED_REFERENCE = 'false';

const app = await createApp({ logger: false });
await app.init();
const target = resolve(process.argv[2] ?? 'apps/api/src/schema.gql');
writeFileSync(target, printSortedSchema(app));
await app.close();
console.log(`Wrote ${target}`);
