import { buildSchema, isObjectType, isInputObjectType, isInterfaceType, isEnumType, getNamedType, isScalarType } from 'graphql';
import fs from 'fs';
const sdl = fs.readFileSync('apps/api/src/schema.gql','utf8');
const s = buildSchema(sdl);
const codeRe = /(status|kind|type|code|method|role|category|level|phase|scheme|operation|state|mode|unit|source|reason)$/i;
const decRe = /(share|factor|rate|percent|ratio|value|weight)$/i;
const moneyRe = /(amount|total|nok|cost|sum|budget)$/i;
let undocumented=0, total=0;
for (const t of Object.values(s.getTypeMap())) {
  if (t.name.startsWith('__')) continue;
  if (isObjectType(t)||isInputObjectType(t)||isInterfaceType(t)) {
    for (const f of Object.values(t.getFields())) {
      const n = getNamedType(f.type).name;
      if (process.argv[2]==='code' && n==='String' && codeRe.test(f.name)) console.log('CODE', t.name+'.'+f.name, String(f.type));
      if (process.argv[2]==='dec' && n==='String' && decRe.test(f.name)) console.log('DEC', t.name+'.'+f.name);
      if (process.argv[2]==='money' && moneyRe.test(f.name) ) console.log('MONEY', t.name+'.'+f.name, String(f.type));
      if (process.argv[2]==='json' && n==='JSONObject') console.log('JSON', t.name+'.'+f.name, String(f.type));
      for (const a of f.args ?? []) {
        const an = getNamedType(a.type).name;
        if (process.argv[2]==='code' && an==='String' && codeRe.test(a.name)) console.log('CODEARG', t.name+'.'+f.name+'('+a.name+')');
        if (process.argv[2]==='json' && an==='JSONObject') console.log('JSONARG', t.name+'.'+f.name+'('+a.name+')');
      }
    }
  }
}
