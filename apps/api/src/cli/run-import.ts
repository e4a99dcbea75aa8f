/**
 * What the import commands (import:population, import:cpi) share: argument parsing with one file and the
 * common --dry-run and --json flags, usage mistakes (exit 2), the configuration (`.env`, validated; a
 * ConfigError exits 2), the database connection and a UnitOfWork with auditing, and the outcome: the report
 * on stdout (text or JSON), an AppError as "Not imported: …" with exit code 1.
 */
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository.js';
import { Mutations } from '../audit/mutation.js';
import { AppError } from '../common/errors.js';
import { UnitOfWork } from '../common/unit-of-work.js';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';

/** What an import command receives once its arguments are read. */
export interface ImportArguments<O extends string> {
  file: string;
  dryRun: boolean;
  json: boolean;
  /** The command's own string options (e.g. --year), as given. */
  options: Partial<Record<O, string>>;
}

/** One import command: its usage line, its own string options, and how it imports and describes. */
export interface ImportCommand<O extends string, R> {
  usage: string;
  /** Names of the command's own string options (besides --dry-run and --json). */
  stringOptions: readonly O[];
  /** Checks the command's own options; returns a usage mistake's message, or null. */
  checkOptions?: (options: Partial<Record<O, string>>) => string | null;
  run: (
    context: { uow: UnitOfWork; mutations: Mutations; content: string; origin: string },
    args: ImportArguments<O>,
  ) => Promise<R>;
  describe: (report: R) => string;
}

function usageMistake(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

function readArguments<O extends string>(
  command: Pick<ImportCommand<O, unknown>, 'usage' | 'stringOptions' | 'checkOptions'>,
): ImportArguments<O> {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  };
  for (const name of command.stringOptions) options[name] = { type: 'string' };
  let parsed;
  try {
    parsed = parseArgs({ options, allowPositionals: true });
  } catch (error) {
    return usageMistake((error as Error).message, command.usage);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file) usageMistake('Name the file', command.usage);
  if (extra.length)
    usageMistake(`Only one file, please (got ${parsed.positionals.join(', ')})`, command.usage);
  const own: Partial<Record<O, string>> = {};
  for (const name of command.stringOptions) {
    const value = parsed.values[name];
    if (typeof value === 'string') own[name] = value;
  }
  const mistake = command.checkOptions?.(own) ?? null;
  if (mistake) usageMistake(mistake, command.usage);
  if (!existsSync(file)) usageMistake(`No such file: ${file}`, command.usage);
  return {
    file,
    dryRun: parsed.values['dry-run'] === true,
    json: parsed.values.json === true,
    options: own,
  };
}

/** Runs an import command to its end (sets the process's exit code; exits early on a usage mistake). */
export async function runImport<O extends string, R>(command: ImportCommand<O, R>): Promise<void> {
  const args = readArguments(command);
  // The report goes to stdout; only warnings and errors from the database layer go to stderr.
  Logger.overrideLogger(['fatal', 'error', 'warn']);
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const db = new DataSource(dataSourceOptions(config.database));
  await db.initialize();
  try {
    const uow = new UnitOfWork(db);
    const report = await command.run(
      {
        uow,
        mutations: new Mutations(uow, new AuditRepository(uow)),
        content: readFileSync(args.file, 'utf8'),
        origin: `file ${basename(args.file)}`,
      },
      args,
    );
    console.log(args.json ? JSON.stringify(report, null, 2) : command.describe(report));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`Not imported: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}
