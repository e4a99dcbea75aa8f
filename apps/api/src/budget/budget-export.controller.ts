import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { LIMITS, msg } from '@gevinst/domain';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { badInput } from '../common/errors.js';
import { attachmentDisposition } from '../export/content-disposition.js';
import { CSV_DIALECT_NAMES, type CsvDialectName, isCsvDialectName } from '../export/csv-dialect.js';
import { ExportErrorFilter } from '../export/export-error.filter.js';
import { budgetCsv, budgetWorkbook } from './budget-files.js';
import { BudgetForecastService } from './budget-forecast.service.js';
import { FORECAST_COLUMNS_OF } from './budget-forecast-columns.js';
import { CREDIT_REISSUE_COLUMNS, INVOICE_BASIS_COLUMNS } from './invoice-basis-columns.js';
import { InvoiceBasisService } from './invoice-basis.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function one(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function dialectOf(query: Record<string, unknown>): CsvDialectName {
  const dialect = one(query, 'dialect') ?? 'nb';
  if (!isCsvDialectName(dialect))
    throw badInput(
      'dialect',
      msg('ONE_OF', { choices: CSV_DIALECT_NAMES, got: `"${dialect.slice(0, 40)}"` }),
    );
  return dialect;
}

/** `difference=true`: the credit-and-reissue basis instead of the invoice basis. */
function differenceOf(query: Record<string, unknown>): boolean {
  const flag = one(query, 'difference') ?? 'false';
  if (flag !== 'true' && flag !== 'false')
    throw badInput('difference', msg('TRUE_OR_FALSE', { got: `"${flag.slice(0, 40)}"` }));
  return flag === 'true';
}

/**
 * Budget files (issue 21) under /api/exports: the owner's invoice basis of a run (and its
 * credit-and-reissue basis), the paying organisation's four-year forecast. Columns: docs/budget.md.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class BudgetExportController {
  constructor(
    private readonly invoices: InvoiceBasisService,
    private readonly forecasts: BudgetForecastService,
  ) {}

  /** `?runId=&difference=true|false&dialect=nb|rfc4180` */
  @Get('invoice-basis.csv')
  async invoiceCsv(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const dialect = dialectOf(query);
    const difference = differenceOf(query);
    const basis = await this.invoices.basis(actor, one(query, 'runId') ?? '');
    const text = difference
      ? budgetCsv(CREDIT_REISSUE_COLUMNS, basis.difference?.rows ?? [], dialect)
      : budgetCsv(INVOICE_BASIS_COLUMNS, basis.rows, dialect);
    const name = `${difference ? 'kreditering' : 'fakturagrunnlag'}_${basis.run.year}_${basis.run.id}.csv`;
    res.setHeader('content-type', `text/csv; charset=utf-8`);
    res.setHeader('content-disposition', attachmentDisposition(name));
    res.send(text);
  }

  /** `?runId=&difference=true|false` */
  @Get('invoice-basis.xlsx')
  async invoiceXlsx(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const difference = differenceOf(query);
    const basis = await this.invoices.basis(actor, one(query, 'runId') ?? '');
    const body = difference
      ? await budgetWorkbook('Kreditering', CREDIT_REISSUE_COLUMNS, basis.difference?.rows ?? [])
      : await budgetWorkbook('Fakturagrunnlag', INVOICE_BASIS_COLUMNS, basis.rows);
    const name = `${difference ? 'kreditering' : 'fakturagrunnlag'}_${basis.run.year}_${basis.run.id}.xlsx`;
    res.setHeader('content-type', XLSX);
    res.setHeader('content-disposition', attachmentDisposition(name));
    res.send(body);
  }

  /** `?organisationId=&startYear=` */
  @Get('budget-forecast.xlsx')
  async forecastXlsx(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ) {
    const startYear = one(query, 'startYear');
    if (startYear !== undefined && !/^\d{4}$/.test(startYear))
      throw badInput(
        'startYear',
        msg('YEAR_BETWEEN', { ...LIMITS.year, got: `"${startYear.slice(0, 40)}"` }),
      );
    const forecast = await this.forecasts.forecast(
      actor,
      one(query, 'organisationId') ?? actor.organisationId,
      startYear === undefined ? undefined : Number(startYear),
    );
    const body = await budgetWorkbook('Økonomiplan', FORECAST_COLUMNS_OF(forecast.years), forecast.rows);
    res.setHeader('content-type', XLSX);
    res.setHeader(
      'content-disposition',
      attachmentDisposition(`okonomiplan_${forecast.years[0]}-${forecast.years.at(-1)}.xlsx`),
    );
    res.send(body);
  }
}
