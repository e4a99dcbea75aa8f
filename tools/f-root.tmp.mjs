import { buildSchema, isNonNullType } from 'graphql';
import fs from 'fs';
const s = buildSchema(fs.readFileSync('apps/api/src/schema.gql','utf8'));
for (const f of Object.values(s.getQueryType().getFields())) console.log(isNonNullType(f.type) ? 'NONNULL' : 'nullable', f.name, String(f.type), f.args.map(a=>a.name).join(','));
