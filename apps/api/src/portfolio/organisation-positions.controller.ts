import { AdministrativeLevel, InitiativePhase, LifeEvent, msg } from '@gevinst/domain';
import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { InputProblems } from '../common/errors.js';
import { truncate } from '../common/ids.js';
import { localDateProblem } from '../common/scalars/local-date.scalar.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { attachmentDisposition } from '../export/content-disposition.js';
import { ExportErrorFilter } from '../export/export-error.filter.js';
import {
  MatrixBeneficiary,
  MatrixPayer,
  type OrganisationPositionFilter,
  OrganisationPositionSortField,
  type OrganisationPositionsArgs,
} from './dto/organisation-positions.args.js';
import { NetPositionFlag } from './net-position-flag.enum.js';
import { filterNb, organisationPositionsWorkbook } from './organisation-positions-workbook.js';
import { PortfolioService } from './portfolio.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = 'organisation-positions.xlsx';

const LIST_PARAMETERS = {
  lifeEvent: LifeEvent,
  phase: InitiativePhase,
  level: AdministrativeLevel,
  flag: NetPositionFlag,
};
const PARAMETERS = [
  'ministryId',
  'lifeEvent',
  'phase',
  'fromYear',
  'toYear',
  'participantLevel',
  'countyNumber',
  'level',
  'flag',
  'includeSchemes',
  'search',
  'matrixPayer',
  'matrixBeneficiary',
  'sort',
  'direction',
  'asOf',
];

/**
 * Reads the query string of the export: the filter of the GraphQL `organisationPositions` (lists as
 * comma-separated values, e.g. `flag=PAYS_WITHOUT_BENEFIT&level=LOCAL,REGIONAL`), `sort` and `direction`,
 * `asOf`. An unknown parameter, a parameter given twice or a value outside its set is BAD_USER_INPUT
 * naming the parameter; ids, years and dates are checked by the query's own rules afterwards.
 */
export function parsePositionsRequest(
  query: Record<string, unknown>,
): Omit<OrganisationPositionsArgs, 'offset' | 'limit'> {
  const problems = new InputProblems();
  const values: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (!PARAMETERS.includes(name))
      problems.check(truncate(name, 40), msg('NOT_A_PARAMETER_OF', { file: FILE, allowed: PARAMETERS }));
    else if (Array.isArray(raw)) problems.check(name, msg('GIVEN_MORE_THAN_ONCE'));
    else if (typeof raw !== 'string') problems.check(name, msg('SINGLE_VALUE'));
    else if (raw.trim() !== '') values[name] = raw.trim();
  }
  const oneOf = <T extends string>(
    name: string,
    choices: Record<string, T>,
    value: string,
  ): T | undefined => {
    if (Object.values(choices).includes(value as T)) return value as T;
    problems.check(name, msg('ONE_OF', { choices: Object.values(choices), got: `"${truncate(value, 40)}"` }));
    return undefined;
  };
  const filter: OrganisationPositionFilter = {};
  for (const [name, choices] of Object.entries(LIST_PARAMETERS)) {
    if (values[name] === undefined) continue;
    const list = values[name]
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => oneOf(name, choices as Record<string, string>, part));
    (filter as Record<string, unknown>)[name] = list;
  }
  const year = (name: 'fromYear' | 'toYear') => {
    if (values[name] === undefined) return;
    if (/^\d{1,4}$/.test(values[name])) filter[name] = Number(values[name]);
    else
      problems.check(
        name,
        msg('YEAR_FROM_TO', { min: 1990, max: 2200, got: `"${truncate(values[name], 40)}"` }),
      );
  };
  year('fromYear');
  year('toYear');
  if (values.ministryId) filter.ministryId = values.ministryId;
  if (values.countyNumber) filter.countyNumber = values.countyNumber;
  if (values.search) filter.search = values.search;
  if (values.includeSchemes !== undefined) {
    const flag = values.includeSchemes.toLowerCase();
    if (flag === 'true' || flag === 'false') filter.includeSchemes = flag === 'true';
    else
      problems.check(
        'includeSchemes',
        msg('TRUE_OR_FALSE', { got: `"${truncate(values.includeSchemes, 40)}"` }),
      );
  }
  if (values.participantLevel)
    filter.participantLevel = oneOf('participantLevel', AdministrativeLevel, values.participantLevel);
  if (values.matrixPayer) filter.matrixPayer = oneOf('matrixPayer', MatrixPayer, values.matrixPayer);
  if (values.matrixBeneficiary)
    filter.matrixBeneficiary = oneOf('matrixBeneficiary', MatrixBeneficiary, values.matrixBeneficiary);
  if (values.asOf) problems.check('asOf', localDateProblem(values.asOf));
  const field = values.sort ? oneOf('sort', OrganisationPositionSortField, values.sort) : undefined;
  const direction = values.direction ? oneOf('direction', SortDirection, values.direction) : undefined;
  problems.throwIfAny();
  return {
    filter,
    sort: {
      field: field ?? OrganisationPositionSortField.PAID,
      direction:
        direction ??
        (field && field !== OrganisationPositionSortField.PAID ? SortDirection.ASC : SortDirection.DESC),
    },
    asOf: values.asOf ?? null,
  };
}

/**
 * The per-organisation view as a workbook: every row of `organisationPositions` for the same filter and
 * order (not a page), with the caller's access. Signed-in users (session cookie) and API tokens alike.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class OrganisationPositionsController {
  constructor(private readonly portfolio: PortfolioService) {}

  /** `GET /api/exports/organisation-positions.xlsx?ministryId=&lifeEvent=&countyNumber=&level=&flag=&…` */
  @Get(FILE)
  async xlsx(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const args = parsePositionsRequest(query);
    const data = await this.portfolio.allOrganisationPositions(actor, args);
    const workbook = organisationPositionsWorkbook(data, {
      filter: filterNb(args.filter ?? {}, data.ministryName),
      exportedBy: `${actor.name} <${actor.email}>`,
      exportedAt: new Date(),
    });
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(`hvem-betaler-og-far-${data.list.asOf}.xlsx`));
    res.setHeader('Cache-Control', 'no-store');
    await workbook.xlsx.write(res);
    res.end();
  }
}
