import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { AllocationExportService } from './allocation-export.service.js';
import { ExportErrorFilter } from './export-error.filter.js';
import { parseExportRequest } from './export-request.js';

/**
 * Allocation lines as files, with the filters and access rules of the GraphQL `allocations` query.
 * Signed-in users (session cookie) and API tokens (`Authorization: Bearer …`) alike.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class AllocationExportController {
  constructor(private readonly exports: AllocationExportService) {}

  /** `?dialect=nb|rfc4180&organisationId=&initiativeId=&year=&runId=&includeSuperseded=` */
  @Get('allocations.csv')
  async csv(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const request = parseExportRequest(query, 'csv');
    await this.exports.writeCsv(res, await this.exports.prepare(actor, request.filter), request.dialect);
  }

  /** `?organisationId=&initiativeId=&year=&runId=&includeSuperseded=` */
  @Get('allocations.xlsx')
  async xlsx(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const request = parseExportRequest(query, 'xlsx');
    await this.exports.writeXlsx(res, await this.exports.prepare(actor, request.filter));
  }
}
