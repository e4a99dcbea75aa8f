import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { badInput } from '../common/errors.js';
import { CoFinancingReportService } from './co-financing-report.service.js';
import { coFinancingWorkbook } from './co-financing-workbook.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATUS_OF_CODE: Record<string, number> = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404 };

/**
 * The co-financing annual report as a workbook, with the access rules of the GraphQL `coFinancingReport`
 * query. Signed-in users (session cookie) and API tokens (`Authorization: Bearer …`) alike. Errors are JSON
 * with the API's codes: 400 BAD_USER_INPUT (naming the parameter), 401, 403 FORBIDDEN, 404 NOT_FOUND.
 */
@Controller('api/exports')
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
    let report;
    try {
      if (typeof initiativeId !== 'string') throw badInput('initiativeId', 'is required (an initiative id)');
      if (typeof year !== 'string' || !/^\d{4}$/.test(year))
        throw badInput('year', 'is required (a year such as 2025)');
      report = await this.reports.report(actor, initiativeId, Number(year));
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : '';
      const status = STATUS_OF_CODE[code];
      if (!status) throw error;
      const { field } = (error as GraphQLError).extensions;
      res
        .status(status)
        .json({ code, message: (error as GraphQLError).message, ...(field ? { field } : {}) });
      return;
    }
    const workbook = coFinancingWorkbook(report);
    const fileName = `medfinansiering-${report.initiative.code}-${report.year}.xlsx`;
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    await workbook.xlsx.write(res);
    res.end();
  }
}
