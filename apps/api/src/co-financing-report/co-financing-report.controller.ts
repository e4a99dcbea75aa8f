import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { msg } from '@gevinst/domain';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { badInput } from '../common/errors.js';
import { attachmentDisposition, fileNamePart } from '../export/content-disposition.js';
import { ExportErrorFilter } from '../export/export-error.filter.js';
import { CoFinancingReportService } from './co-financing-report.service.js';
import { coFinancingWorkbook } from './co-financing-workbook.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The co-financing annual report as a workbook, with the access rules of the GraphQL `coFinancingReport`
 * query. Signed-in users (session cookie) and API tokens (`Authorization: Bearer …`) alike. Errors are JSON
 * with the API's codes (the shared export error filter): 400 BAD_USER_INPUT naming the parameter, 401,
 * 403 FORBIDDEN, 404 NOT_FOUND.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class CoFinancingReportController {
  constructor(private readonly reports: CoFinancingReportService) {}

  /** `GET /api/exports/co-financing-report.xlsx?initiativeId=<id>&year=<year>` */
  @Get('co-financing-report.xlsx')
  async xlsx(
    @CurrentActor() actor: Actor,
    @Query('initiativeId') initiativeId: unknown,
    @Query('year') year: unknown,
    @Res() res: Response,
  ): Promise<void> {
    if (typeof initiativeId !== 'string') throw badInput('initiativeId', msg('INITIATIVE_ID_REQUIRED'));
    if (typeof year !== 'string' || !/^\d{4}$/.test(year))
      throw badInput('year', msg('REPORT_YEAR_REQUIRED'));
    const report = await this.reports.report(actor, initiativeId, Number(year));
    const workbook = coFinancingWorkbook(report);
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader(
      'Content-Disposition',
      attachmentDisposition(`medfinansiering-${fileNamePart(report.initiative.code)}-${report.year}.xlsx`),
    );
    res.setHeader('Cache-Control', 'no-store');
    await workbook.xlsx.write(res);
    res.end();
  }
}
