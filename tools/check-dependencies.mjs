#!/usr/bin/env node
// The import check of `npm run lint`: dependency-cruiser with the rules of .dependency-cruiser.cjs, then every
// cycle between the top-level folders of apps/api/src.
//
// Why a second check: dependency-cruiser's folder rule works on a graph whose nodes are folders at every
// depth, and an import lands on the folder that holds the imported file. When initiative/ imports
// benefit/dto/benefit.model.ts and benefit/ imports initiative/dto/initiative.model.ts, its graph has
// initiative → benefit/dto and benefit → initiative/dto but no path back to either feature, so that cycle
// between the two features goes unseen. Here each file counts as its top-level folder (the same collapse
// as `depcruise --collapse "^apps/api/src/[^/]+"`, which only changes what is drawn, not what is checked),
// so any cycle between two folders fails, whichever files carry it; files inside one folder may still
// import each other in a circle.
//
// Usage: node tools/check-dependencies.mjs [paths…] (default: the API, the benchmarks and the libraries).
import { cruise, format } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const API = 'apps/api/src/';
const paths =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['apps/api/src', 'apps/bench/src', 'libs/domain/src', 'libs/cost-model/src'];

const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const tsConfig = extractTSConfig(options.tsConfig.fileName);
const { output: result } = await cruise(paths, options, {}, { tsConfig });

// 1. The declarative rules, reported as `depcruise` reports them.
const rules = await format(result, { outputType: 'err' });
process.stdout.write(rules.output);

// 2. Cycles between top-level folders of the API.
/** The top-level folder of an API file ('apps/api/src/benefit'), the API root for its own files, else null. */
function folderOf(source) {
  if (!source.startsWith(API)) return null;
  const rest = source.slice(API.length);
  const slash = rest.indexOf('/');
  return slash < 0 ? API.slice(0, -1) : API + rest.slice(0, slash);
}

/** folder → folder it imports → one import that makes it so ("from → to"). */
const edges = new Map();
for (const module of result.modules) {
  const from = folderOf(module.source);
  if (!from) continue;
  if (!edges.has(from)) edges.set(from, new Map());
  for (const dependency of module.dependencies) {
    const to = folderOf(dependency.resolved);
    if (!to || to === from || edges.get(from).has(to)) continue;
    edges.get(from).set(to, `${module.source} → ${dependency.resolved}`);
  }
}

// Tarjan's strongly connected components: every folder of a component of two or more reaches every other.
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
let next = 0;
function visit(folder) {
  index.set(folder, next);
  low.set(folder, next);
  next += 1;
  stack.push(folder);
  onStack.add(folder);
  for (const to of edges.get(folder)?.keys() ?? []) {
    if (!index.has(to)) {
      visit(to);
      low.set(folder, Math.min(low.get(folder), low.get(to)));
    } else if (onStack.has(to)) low.set(folder, Math.min(low.get(folder), index.get(to)));
  }
  if (low.get(folder) === index.get(folder)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) components.push(component.sort());
  }
}
for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) visit(folder);

for (const component of components) {
  const members = new Set(component);
  console.log(
    `\n  error api-folder-cycle: these folders import each other in a circle: ${component.join(', ')}`,
  );
  for (const from of component)
    for (const [to, example] of edges.get(from) ?? [])
      if (members.has(to)) console.log(`      ${from} → ${to}   (e.g. ${example})`);
}
if (components.length > 0)
  console.log(
    `\nx ${components.length} folder cycle(s) in ${API.slice(0, -1)}: move the shared piece to the folder that owns it, or to common/ or libs/.\n`,
  );
else console.log(`✔ no cycle between the folders of ${API.slice(0, -1)}\n`);

process.exitCode = rules.exitCode > 0 || components.length > 0 ? 1 : 0;
