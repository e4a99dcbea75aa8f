// Benchmark: allocation lines per second for a proportional split by population over the 372 local and
// regional bodies (357 municipalities + 15 counties, population 1 January 2024), using the built library.
// Run with `npm run bench:cost-model` (it builds libs/cost-model/dist first). Prints the median of many
// short timed runs; every result of every run is checked to add up to the total exactly (outside the timing).
// `npm run bench:cost-model -- --language=nb` times the same allocation with Norwegian explanations; the
// default passes no options at all, like every caller that wants English.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { allocate } = require(join(here, '../dist/index.js'));

const TARGET_LINES_PER_SECOND = 1_000_000;
const RUNS = 21;
const CALLS_PER_RUN = 500;
const TOTAL = '250000000.00';
const TOTAL_ORE = 25_000_000_000n;
const languageArgument = process.argv.find((argument) => argument.startsWith('--language='));
const LANGUAGE = languageArgument === undefined ? 'en' : languageArgument.slice('--language='.length);
if (LANGUAGE !== 'en' && LANGUAGE !== 'nb') throw new Error(`--language must be en or nb, got ${LANGUAGE}`);
const OPTIONS = languageArgument === undefined ? undefined : { language: LANGUAGE };

function readCsv(file) {
  const [header, ...rows] = readFileSync(join(here, '../../../data/reference', file), 'utf8')
    .trim()
    .split('\n');
  const columns = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((cell, i) => [columns[i], cell])));
}

// 357 municipalities (id = municipality number) + 15 counties (id = "county-" + county number; Oslo's
// county 03 is the county role of Oslo kommune, which has no separate county authority).
const participants = [
  ...readCsv('municipalities.csv').map((m) => ({
    id: m.municipality_number,
    drivers: { population: Number(m.population) },
  })),
  ...readCsv('counties.csv').map((c) => ({
    id: `county-${c.county_number}`,
    drivers: { population: Number(c.population) },
  })),
];
const key = { method: 'PROPORTIONAL', driver: 'population' };
if (participants.length !== 372) throw new Error(`expected 372 bodies, got ${participants.length}`);

function sumOre(result) {
  let sum = 0n;
  for (const line of result.lines) sum += BigInt(line.amount.replace('.', ''));
  return sum;
}

const reference = allocate(TOTAL, participants, key, OPTIONS);
if (sumOre(reference) !== TOTAL_ORE) throw new Error('the reference allocation does not add up to the total');
const referenceAmounts = reference.lines.map((line) => line.amount).join();

// warm-up so the timed runs measure optimised code
for (let i = 0; i < 500; i++) allocate(TOTAL, participants, key, OPTIONS);

// Each call is timed on its own and its result checked right after, outside the timing: every result
// must add up to the total exactly and equal the reference, so speed never comes at the cost of exactness.
// Wall-clock time decides the target; the CPU time of this process is printed too, because on a shared
// machine other processes stretch the wall-clock time.
const rates = [];
const cpuRates = [];
const lines = CALLS_PER_RUN * participants.length;
for (let run = 0; run < RUNS; run++) {
  let nanoseconds = 0n;
  let cpuMicroseconds = 0;
  for (let i = 0; i < CALLS_PER_RUN; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const result = allocate(TOTAL, participants, key, OPTIONS);
    nanoseconds += process.hrtime.bigint() - start;
    const cpu = process.cpuUsage(cpuStart);
    cpuMicroseconds += cpu.user + cpu.system;
    if (sumOre(result) !== TOTAL_ORE || result.lines.map((line) => line.amount).join() !== referenceAmounts) {
      console.error('FAIL: an allocation did not add up to the total exactly');
      process.exit(1);
    }
  }
  rates.push(lines / (Number(nanoseconds) / 1e9));
  cpuRates.push(lines / (cpuMicroseconds / 1e6));
}

const medianOf = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const median = medianOf(rates);
const format = (n) => Math.round(n).toLocaleString('en-US');
console.log(
  `allocate PROPORTIONAL by population, NOK ${TOTAL} over ${participants.length} local and regional bodies, explanations in ${LANGUAGE === 'nb' ? 'Norwegian (nb)' : 'English (en)'}`,
);
console.log(`runs (lines/s): ${rates.map(format).join(', ')}`);
console.log(
  `median: ${format(median)} lines/s (${RUNS} runs of ${CALLS_PER_RUN} allocations; every result sums to the total exactly)`,
);
console.log(`median by CPU time of this process: ${format(medianOf(cpuRates))} lines/s`);
console.log(
  median >= TARGET_LINES_PER_SECOND
    ? `target of ${format(TARGET_LINES_PER_SECOND)} lines/s met`
    : `BELOW the target of ${format(TARGET_LINES_PER_SECOND)} lines/s`,
);
