/**
 * Fills a PostgreSQL database with a deterministic, realistic national data set on top of the real
 * reference data, for benchmarks and load tests:
 *
 *   npm run generate:national -- --initiatives 2000 --seed 42 [--force]
 *
 * 2,000 initiatives over the ten years 2017–2026 (codes NAT-0001…), from two neighbouring municipalities to
 * all 357; their cost-sharing keys, cost items and a funding plan per year (national/funding.ts),
 * allocation runs computed with @gevinst/cost-model's `allocate` exactly as runAllocation does (one CURRENT run per initiative and year, a few superseded),
 * 20,000 benefits with targets and 500,000 measurements (10 and 250 per initiative; --benefits and
 * --measurements change that). Everything is written with COPY in one transaction. Runs the migrations and
 * the reference seed first. Refuses a database it has filled before unless --force, which removes the
 * generated data (initiatives NAT-… and everything that hangs off them) and generates it again.
 */
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import type { AdministrativeLevel, OrganisationKind } from '@gevinst/domain';
import { ConfigError, loadConfig } from '../../api/src/config/app-config.js';
import { dataSourceOptions } from '../../api/src/database/data-source-options.js';
import { readReferenceData } from '../../api/src/database/seed/reference-data.js';
import { seedReferenceData } from '../../api/src/database/seed/reference-seed.js';
import { GENERATED_BY, type RunRow, runsOf } from './national/allocation.js';
import { type CopyValue, copyRow } from './national/copy-format.js';
import { spreadExactly } from './national/distributions.js';
import { type MeasurementRow, measurementRows } from './national/measurements.js';
import {
  AS_OF,
  CODE_PREFIX,
  type InitiativePlan,
  POPULATION_YEAR,
  type RefOrganisation,
  buildPlans,
  buildReference,
} from './national/plan.js';
import { Rng } from './national/prng.js';

const USAGE =
  'Usage: npm run generate:national -- [--initiatives 2000] [--seed 42] [--benefits N] [--measurements N] [--force]';
/** One generator per database at a time. */
const GENERATOR_LOCK = 727_002;
const REPORT = 'tmp/generate-national.json';

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function positiveInteger(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
    usage(`--${name} must be a whole number ≥ 1 (got "${value}")`);
  return Number(value);
}

function readArguments() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        initiatives: { type: 'string' },
        seed: { type: 'string' },
        benefits: { type: 'string' },
        measurements: { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const initiatives = positiveInteger(parsed.values.initiatives, 'initiatives', 2000);
  if (initiatives > 99_999) usage('--initiatives must be at most 99999');
  return {
    initiatives,
    seed: positiveInteger(parsed.values.seed, 'seed', 42),
    benefits: positiveInteger(parsed.values.benefits, 'benefits', initiatives * 10),
    measurements: positiveInteger(parsed.values.measurements, 'measurements', initiatives * 250),
    force: parsed.values.force ?? false,
  };
}

interface TableReport {
  table: string;
  rows: number;
  seconds: number;
}

const report: TableReport[] = [];
const started = performance.now();

function seconds(since: number): number {
  return Math.round(performance.now() - since) / 1000;
}

async function timed<T>(
  table: string,
  work: () => Promise<{ rows: number; result?: T }>,
): Promise<T | undefined> {
  const at = performance.now();
  const { rows, result } = await work();
  const entry = { table, rows, seconds: seconds(at) };
  report.push(entry);
  const rate =
    rows > 0 && entry.seconds > 0
      ? ` (${Math.round(rows / entry.seconds).toLocaleString('en-US')} rows/s)`
      : '';
  console.log(
    `  ${table.padEnd(34)} ${rows.toLocaleString('en-US').padStart(11)}  ${entry.seconds.toFixed(1).padStart(7)} s${rate}`,
  );
  return result;
}

/** Streams rows into a table with COPY … FROM STDIN, in chunks of about 256 KB, with backpressure. */
async function copyInto(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: string[],
  rows: Iterable<CopyValue[]>,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  done.catch(() => undefined); // awaited below; this only stops an early error from being "unhandled"
  let count = 0;
  let chunk = '';
  for (const row of rows) {
    chunk += copyRow(row);
    count++;
    if (chunk.length >= 262_144) {
      if (!stream.write(chunk))
        await Promise.race([new Promise((resolve) => stream.once('drain', resolve)), done]);
      chunk = '';
    }
  }
  stream.end(chunk);
  await done;
  return count;
}

function decimalText(value: number, decimals: 0 | 1): string {
  return decimals === 0 ? String(Math.round(value)) : value.toFixed(1);
}

function* rowsOf<T>(
  plans: readonly InitiativePlan[],
  pick: (plan: InitiativePlan) => Iterable<T>,
): Generator<T> {
  for (const plan of plans) yield* pick(plan);
}

/**
 * Drops a table's secondary indexes (those that back no constraint) for a bulk load and returns a function
 * that builds them again from their own definitions (pg_get_indexdef), so nothing here repeats the
 * migrations. Inside the transaction: a failed load leaves every index as it was. A unique index is
 * checked again when it is rebuilt.
 */
async function withoutSecondaryIndexes(client: pg.Client, table: string): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     WHERE i.indrelid = $1::regclass AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`,
    [table],
  );
  for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
  return async () => {
    for (const index of rows) await client.query(index.definition);
  };
}

/** The triggers that keep initiative_portfolio_facts on the tables the generator loads (table_portfolio_facts…). */
const PORTFOLIO_FACTS_TRIGGERS = [
  'cost_items_portfolio_facts',
  'cost_items_portfolio_facts_update',
  'benefits_portfolio_facts',
  'benefits_portfolio_facts_update',
];

async function removeGenerated(client: pg.Client): Promise<{ rows: number }> {
  // Generated runs and measurements are immutable like any other: the triggers are switched off for this
  // one deliberate removal, inside the transaction (nobody else ever sees them off), and on again after.
  await client.query(
    `CREATE TEMP TABLE nat_initiatives ON COMMIT DROP AS SELECT id FROM initiatives WHERE code LIKE '${CODE_PREFIX}%'`,
  );
  const triggers = [
    ['allocation_lines', 'allocation_lines_immutable'],
    ['allocation_runs', 'allocation_runs_immutable'],
    ['benefit_measurements', 'benefit_measurements_immutable'],
  ];
  for (const [table, trigger] of triggers)
    await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  let rows = 0;
  const remove = async (sql: string) => {
    rows += (await client.query(sql)).rowCount ?? 0;
  };
  const inGenerated = `IN (SELECT id FROM nat_initiatives)`;
  const inGeneratedBenefits = `IN (SELECT id FROM benefits WHERE initiative_id ${inGenerated})`;
  await remove(`DELETE FROM allocation_lines WHERE initiative_id ${inGenerated}`);
  await remove(`DELETE FROM allocation_runs WHERE initiative_id ${inGenerated}`);
  await remove(`DELETE FROM benefit_measurements WHERE benefit_id ${inGeneratedBenefits}`);
  await remove(`DELETE FROM benefit_owner_reports WHERE benefit_id ${inGeneratedBenefits}`);
  await remove(`DELETE FROM benefits_map_edges WHERE initiative_id ${inGenerated}`);
  await remove(`DELETE FROM benefit_enablers WHERE initiative_id ${inGenerated}`);
  await remove(`DELETE FROM benefits WHERE initiative_id ${inGenerated}`);
  const keys = await client.query<{ id: string }>(
    `SELECT DISTINCT cost_sharing_key_id AS id FROM initiatives WHERE id ${inGenerated} AND cost_sharing_key_id IS NOT NULL`,
  );
  await remove(`DELETE FROM initiatives WHERE id ${inGenerated}`);
  rows +=
    (
      await client.query(
        `DELETE FROM cost_sharing_keys WHERE id = ANY($1::uuid[]) AND name LIKE '${CODE_PREFIX}%'`,
        [keys.rows.map((row) => row.id)],
      )
    ).rowCount ?? 0;
  for (const [table, trigger] of triggers)
    await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  return { rows };
}

async function loadReferenceOrganisations(client: pg.Client): Promise<RefOrganisation[]> {
  const result = await client.query<{
    id: string;
    org_number: string;
    name: string;
    kind: OrganisationKind;
    administrative_level: AdministrativeLevel;
    municipality_number: string | null;
    county_number: string | null;
    population: number | null;
  }>(
    `SELECT o.id, o.org_number, o.name, o.kind, o.administrative_level, o.municipality_number, o.county_number,
            p.value AS population
     FROM organisations o LEFT JOIN organisation_populations p ON p.organisation_id = o.id AND p.year = $1
     ORDER BY o.org_number`,
    [POPULATION_YEAR],
  );
  return result.rows.map((row) => ({
    id: row.id,
    orgNumber: row.org_number,
    name: row.name,
    kind: row.kind,
    level: row.administrative_level,
    municipalityNumber: row.municipality_number,
    countyNumber: row.county_number,
    population: row.population,
  }));
}

async function main(): Promise<void> {
  const args = readArguments();
  Logger.overrideLogger(['error', 'warn']);
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) usage(error.message);
    throw error;
  }
  if (config.database.type !== 'postgres') {
    console.error(
      'generate:national needs a PostgreSQL server: set DATABASE_URL=postgres://user:password@host:5432/database.\n' +
        'It refuses the embedded database (PGlite), which is not made for millions of rows.',
    );
    process.exit(2);
  }
  console.log(
    `Generating the national data set: ${args.initiatives.toLocaleString('en-US')} initiatives, ` +
      `${args.benefits.toLocaleString('en-US')} benefits, ${args.measurements.toLocaleString('en-US')} measurements, seed ${args.seed}`,
  );

  // The schema and the real reference data, exactly as the application sets them up.
  await timed('migrations and reference data', async () => {
    const db = new DataSource(dataSourceOptions(config.database));
    await db.initialize();
    try {
      const seeded = await db.transaction((em) =>
        seedReferenceData(em, readReferenceData(config.referenceDir)),
      );
      return { rows: seeded.organisationsAdded + seeded.populationsAdded + seeded.countiesAdded };
    } finally {
      await db.destroy();
    }
  });

  const client = new pg.Client({ connectionString: config.database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [GENERATOR_LOCK]);
    // Deferred foreign keys (a measurement's superseded_by_id) are checked at the end of each statement, so
    // no trigger events are pending when a table's triggers or indexes are changed below.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    const [{ count }] = (
      await client.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM initiatives WHERE code LIKE '${CODE_PREFIX}%'`,
      )
    ).rows;
    if (count > 0 && !args.force) {
      await client.query('ROLLBACK');
      console.error(
        `This database holds a generated data set already (${count} initiatives ${CODE_PREFIX}…). ` +
          'Use another database, or --force to remove the generated data and generate it again.',
      );
      process.exitCode = 1;
      return;
    }
    if (count > 0) await timed('removed (--force)', () => removeGenerated(client));
    // Each initiative's portfolio facts (migration 1795423800000) are computed once after the load rather
    // than by their triggers on every row written (each measurement updates its benefit): off for this
    // transaction only, on again below before the commit.
    for (const trigger of PORTFOLIO_FACTS_TRIGGERS)
      await client.query(`ALTER TABLE ${trigger.split('_portfolio_facts')[0]} DISABLE TRIGGER ${trigger}`);
    // The same for the row triggers that update a parent for each row written (a benefit's figures version
    // and last activity for each target and measurement, an initiative's last activity for each benefit,
    // cost item, run …): in one transaction of 600,000 rows each of their UPDATEs is a statement of its
    // own. Before migration 1795423895000 each such statement also raised the one analytics_changes row
    // again, and its versions piled up in the transaction (benefit_targets alone took 657 s instead of
    // under one); the counts are now raised once per transaction, but the UPDATE per row remains. Every
    // row here is new: its last activity is the transaction's time by default, and the load's own
    // statements raise the change counter. On again below, before the commit.
    // (benefits_figures_version raises the benefit's own version on its UPDATEs: none here.)
    const parentTouches = (
      await client.query<{ table: string; trigger: string }>(
        `SELECT c.relname AS table, t.tgname AS trigger FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          WHERE NOT t.tgisinternal AND (t.tgname LIKE '%\\_touch\\_%' OR t.tgname LIKE '%\\_figures\\_version')
            AND t.tgname <> 'benefits_figures_version' ORDER BY 1, 2`,
      )
    ).rows;
    if (!parentTouches.some(({ trigger }) => trigger === 'benefit_measurements_figures_version'))
      throw new Error('generate-national: the parent-touching triggers were not found (renamed?)');
    for (const { table, trigger } of parentTouches)
      await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);

    const reference = buildReference(await loadReferenceOrganisations(client));
    const root = Rng.root(args.seed);
    const plans = (await timed('planned (in memory)', () => {
      const built = buildPlans(root, reference, args);
      return Promise.resolve({ rows: built.length, result: built });
    }))!;
    const benefits = plans.flatMap((plan) => plan.benefits);
    const capacity = benefits.reduce((sum, b) => sum + b.measurableDates.length, 0);
    if (capacity < args.measurements)
      throw new Error(
        `${args.measurements} measurements do not fit: the benefits can be measured on ${capacity} dates by ${AS_OF}; ask for fewer`,
      );
    const measurementCounts = new Map(
      spreadExactly(
        args.measurements,
        benefits.map((b) => b.measurableDates.length),
      ).map((n, i) => [benefits[i].id, n]),
    );

    await timed('cost_sharing_keys', async () => ({
      rows: await copyInto(
        client,
        'cost_sharing_keys',
        [
          'id',
          'name',
          'description',
          'owner_organisation_id',
          'current_version',
          'is_demo',
          'version',
          'created_at',
          'updated_at',
        ],
        plans.map((p) => [
          p.key.id,
          p.key.name,
          p.key.description,
          p.key.ownerOrganisationId,
          1,
          false,
          1,
          p.createdAt,
          p.createdAt,
        ]),
      ),
    }));
    await timed('cost_sharing_key_versions', async () => ({
      rows: await copyInto(
        client,
        'cost_sharing_key_versions',
        ['id', 'key_id', 'version_number', 'spec', 'population_year', 'created_at'],
        plans.map((p) => [
          p.key.versionId,
          p.key.id,
          1,
          JSON.stringify(p.key.spec),
          p.key.populationYear,
          p.createdAt,
        ]),
      ),
    }));
    await timed('initiatives', async () => ({
      rows: await copyInto(
        client,
        'initiatives',
        [
          'id',
          'code',
          'name',
          'description',
          'owner_id',
          'ministry_id',
          'life_event',
          'phase',
          'start_date',
          'end_date',
          'is_demo',
          'version',
          'created_at',
          'updated_at',
          'cost_sharing_key_id',
        ],
        plans.map((p) => [
          p.id,
          p.code,
          p.name,
          p.description,
          p.ownerId,
          p.ministryId,
          p.lifeEvent,
          p.phase,
          p.startDate,
          p.endDate,
          false,
          1,
          p.createdAt,
          p.createdAt,
          p.key.id,
        ]),
      ),
    }));
    await timed('initiative_funding_sources', async () => ({
      rows: await copyInto(
        client,
        'initiative_funding_sources',
        [
          'id',
          'initiative_id',
          'position',
          'year',
          'scheme',
          'organisation_id',
          'amount',
          'received_amount',
          'description',
        ],
        rowsOf(plans, (p) =>
          p.funding.map((f) => [
            f.id,
            p.id,
            f.position,
            f.year,
            f.scheme,
            f.organisationId,
            f.amount,
            f.received,
            f.description,
          ]),
        ),
      ),
    }));
    await timed('initiative_participants', async () => ({
      rows: await copyInto(
        client,
        'initiative_participants',
        ['id', 'initiative_id', 'organisation_id', 'role', 'pays', 'created_at'],
        rowsOf(plans, (p) =>
          p.participants.map((x) => [x.id, p.id, x.organisationId, x.role, x.pays, p.createdAt]),
        ),
      ),
    }));
    await timed('cost_items', async () => ({
      rows: await copyInto(
        client,
        'cost_items',
        [
          'id',
          'initiative_id',
          'year',
          'category',
          'description',
          'planned_amount',
          'actual_amount',
          'is_demo',
          'version',
          'created_at',
          'updated_at',
        ],
        rowsOf(plans, (p) =>
          p.costItems.map((c) => [
            c.id,
            p.id,
            c.year,
            c.category,
            c.description,
            c.planned,
            c.actual,
            false,
            c.actual === null ? 1 : 2,
            c.createdAt,
            c.updatedAt,
          ]),
        ),
      ),
    }));
    await timed('benefits', async () => ({
      rows: await copyInto(
        client,
        'benefits',
        [
          'id',
          'initiative_id',
          'title',
          'description',
          'category',
          'is_dis_benefit',
          'receiving_organisation_id',
          'owner_name',
          'owner_role',
          'indicator_name',
          'indicator_unit',
          'direction',
          'baseline_value',
          'baseline_date',
          'value_per_unit',
          'measurement_method',
          'measurement_frequency',
          'status',
          'is_demo',
          'version',
          'created_at',
          'updated_at',
        ],
        benefits.map((b) => [
          b.id,
          b.initiativeId,
          b.title,
          b.description,
          b.category,
          b.isDisBenefit,
          b.receivingOrganisationId,
          b.ownerName,
          b.ownerRole,
          b.indicatorName,
          b.unit,
          b.direction,
          decimalText(b.baselineValue, b.decimals),
          b.baselineDate,
          b.valuePerUnit,
          b.method,
          b.frequency,
          b.status,
          false,
          1,
          b.createdAt,
          b.createdAt,
        ]),
      ),
    }));
    await timed('benefit_targets', async () => ({
      rows: await copyInto(
        client,
        'benefit_targets',
        ['benefit_id', 'target_date', 'value'],
        benefits.flatMap((b) => b.targets.map((t) => [b.id, t.date, t.value])),
      ),
    }));
    await timed('benefit_risks', async () => ({
      rows: await copyInto(
        client,
        'benefit_risks',
        ['id', 'benefit_id', 'position', 'description', 'likelihood', 'impact', 'mitigation'],
        benefits.flatMap((b) =>
          b.risks.map((r, i) => [r.id, b.id, i, r.description, r.likelihood, r.impact, r.mitigation]),
        ),
      ),
    }));
    let corrections = 0;
    const rebuildMeasurementIndexes = await withoutSecondaryIndexes(client, 'benefit_measurements');
    await timed('benefit_measurements', async () => ({
      rows: await copyInto(
        client,
        'benefit_measurements',
        [
          'id',
          'benefit_id',
          'measured_on',
          'value',
          'source',
          'comment',
          'revision',
          'supersedes_id',
          'correction_reason',
          'superseded_at',
          'superseded_by_id',
          'recorded_at',
          'recorded_by_name',
          'recorded_by_organisation_id',
          'is_demo',
        ],
        (function* () {
          for (const b of benefits) {
            const rows: MeasurementRow[] = measurementRows(
              root.fork('measurements', b.id),
              b,
              measurementCounts.get(b.id) ?? 0,
            );
            for (const m of rows) {
              if (m.revision > 1) corrections++;
              yield [
                m.id,
                m.benefitId,
                m.date,
                m.value,
                m.source,
                m.comment,
                m.revision,
                m.supersedesId,
                m.correctionReason,
                m.supersededAt,
                m.supersededById,
                m.recordedAt,
                m.recordedByName,
                m.recordedByOrganisationId,
                false,
              ];
            }
          }
        })(),
      ),
    }));

    await timed('  its indexes, rebuilt', async () => {
      await rebuildMeasurementIndexes();
      return { rows: 0 };
    });

    // Runs first (the lines refer to them), then the lines: the runs are computed twice, which is quicker
    // than holding two million lines in memory.
    const runs = (plan: InitiativePlan): Generator<RunRow> =>
      runsOf(root.fork('runs', plan.index), plan, reference);
    let current = 0;
    let superseded = 0;
    await timed('allocation_runs', async () => ({
      rows: await copyInto(
        client,
        'allocation_runs',
        [
          'id',
          'initiative_id',
          'year',
          'status',
          'superseded_at',
          'superseded_by_run_id',
          'created_at',
          'created_by_email',
          'inputs',
          'planned_total',
          'actual_total',
          'line_count',
        ],
        rowsOf(plans, function* (p) {
          for (const r of runs(p)) {
            if (r.status === 'CURRENT') current++;
            else superseded++;
            yield [
              r.id,
              r.initiativeId,
              r.year,
              r.status,
              r.supersededAt,
              r.supersededByRunId,
              r.createdAt,
              GENERATED_BY,
              JSON.stringify(r.inputs),
              r.plannedTotal,
              r.actualTotal,
              r.lines.length,
            ];
          }
        }),
      ),
    }));
    const rebuildLineIndexes = await withoutSecondaryIndexes(client, 'allocation_lines');
    const lineCount = (await timed('allocation_lines', async () => {
      const rows = await copyInto(
        client,
        'allocation_lines',
        [
          'run_id',
          'initiative_id',
          'year',
          'organisation_id',
          'cost_item_id',
          'cost_category',
          'key_version_id',
          'planned_amount',
          'actual_amount',
          'share',
          'explanation',
          'explanation_nb',
        ],
        rowsOf(plans, function* (p) {
          for (const r of runs(p))
            for (const l of r.lines)
              yield [
                r.id,
                r.initiativeId,
                r.year,
                l.organisationId,
                l.costItemId,
                l.costCategory,
                l.keyVersionId,
                l.planned,
                l.actual,
                l.share,
                l.explanation,
                l.explanationNb,
              ];
        }),
      );
      return { rows, result: rows };
    }))!;

    await timed('  its indexes, rebuilt', async () => {
      await rebuildLineIndexes();
      return { rows: 0 };
    });

    // Every generated run must agree with its lines, as a run made by runAllocation does (one current run
    // per initiative and year is the unique index allocation_runs_one_current).
    await timed('runs checked against their lines', async () => {
      const { rows } = await client.query<{ run_id: string }>(
        `SELECT r.id AS run_id
         FROM allocation_runs r
         LEFT JOIN (SELECT run_id, count(*)::int AS n, sum(planned_amount) AS planned, sum(actual_amount) AS actual
                    FROM allocation_lines GROUP BY run_id) l ON l.run_id = r.id
         JOIN initiatives i ON i.id = r.initiative_id
         WHERE i.code LIKE '${CODE_PREFIX}%'
           AND (l.run_id IS NULL OR l.n <> r.line_count OR l.planned <> r.planned_total
                OR l.actual IS DISTINCT FROM r.actual_total)
         LIMIT 5`,
      );
      if (rows.length)
        throw new Error(
          `Generated runs disagree with their lines (${rows.map((r) => r.run_id).join(', ')}): nothing was stored`,
        );
      return { rows: current + superseded };
    });

    const summary = {
      seed: args.seed,
      asOf: AS_OF,
      initiatives: plans.length,
      byScale: Object.fromEntries(
        (['NATIONAL', 'REGIONAL', 'COUNTY', 'LOCAL'] as const).map((scale) => [
          scale,
          plans.filter((p) => p.scale === scale).length,
        ]),
      ),
      participants: plans.reduce((sum, p) => sum + p.participants.length, 0),
      costItems: plans.reduce((sum, p) => sum + p.costItems.length, 0),
      benefits: benefits.length,
      measurements: args.measurements,
      corrections,
      currentRuns: current,
      supersededRuns: superseded,
      allocationLines: lineCount,
    };
    await client.query(
      `INSERT INTO audit_events (actor_kind, operation, entity_type, entity_id, after)
       VALUES ('SYSTEM', 'generateNational', 'Database', $1, $2)`,
      [`${CODE_PREFIX}seed-${args.seed}`, JSON.stringify({ ...summary, replaced: count > 0 })],
    );
    for (const { table, trigger } of parentTouches)
      await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
    await timed('initiative_portfolio_facts', async () => {
      for (const trigger of PORTFOLIO_FACTS_TRIGGERS)
        await client.query(`ALTER TABLE ${trigger.split('_portfolio_facts')[0]} ENABLE TRIGGER ${trigger}`);
      const refreshed = await client.query(
        `SELECT initiative_portfolio_facts_refresh(id) FROM initiatives WHERE code LIKE '${CODE_PREFIX}%'`,
      );
      return { rows: refreshed.rowCount ?? 0 };
    });
    await timed('commit', async () => {
      await client.query('COMMIT');
      return { rows: 0 };
    });
    await timed('vacuum analyze', async () => {
      for (const table of [
        'initiatives',
        'initiative_participants',
        'cost_items',
        'benefits',
        'benefit_targets',
        'benefit_measurements',
        'allocation_runs',
        'allocation_lines',
      ])
        await client.query(`VACUUM (ANALYZE) ${table}`);
      return { rows: 0 };
    });

    const total = seconds(started);
    console.log(
      `\nDone in ${total.toFixed(1)} s: ${summary.initiatives.toLocaleString('en-US')} initiatives (${Object.entries(
        summary.byScale,
      )
        .map(([scale, n]) => `${n} ${scale.toLowerCase()}`)
        .join(
          ', ',
        )}), ${summary.participants.toLocaleString('en-US')} participants, ${summary.costItems.toLocaleString('en-US')} cost items, ` +
        `${summary.benefits.toLocaleString('en-US')} benefits, ${summary.measurements.toLocaleString('en-US')} measurements (+${corrections.toLocaleString('en-US')} corrected versions), ` +
        `${current.toLocaleString('en-US')} current and ${superseded.toLocaleString('en-US')} superseded allocation runs with ${lineCount.toLocaleString('en-US')} lines.`,
    );
    mkdirSync(dirname(REPORT), { recursive: true });
    writeFileSync(REPORT, `${JSON.stringify({ ...summary, seconds: total, tables: report }, null, 2)}\n`);
    console.log(`Report: ${REPORT}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

await main();
