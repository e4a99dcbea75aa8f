import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { attachmentDisposition } from '../export/content-disposition.js';
import { ExportErrorFilter } from '../export/export-error.filter.js';
import { LoaderFactory } from '../loaders/loader.factory.js';
import { coFinancingRankingWorkbook } from './co-financing-ranking-workbook.js';
import { rankingRowModel } from './co-financing.resolver.js';
import { CoFinancingService } from './co-financing.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A call's ranking as a workbook for the board's meeting, with the access rules of the GraphQL
 * `coFinancingRanking` query (the schemes' secretariat and administrators; 403 otherwise, 404 for an
 * unknown call, 400 for an id that is not one). Session cookie or API token.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class CoFinancingRankingController {
  constructor(
    private readonly service: CoFinancingService,
    private readonly loaderFactory: LoaderFactory,
  ) {}

  /** `GET /api/exports/co-financing-calls/<callId>/ranking.xlsx` */
  @Get('co-financing-calls/:callId/ranking.xlsx')
  async xlsx(
    @CurrentActor() actor: Actor,
    @Param('callId') callId: string,
    @Res() res: Response,
  ): Promise<void> {
    const rows = await this.service.ranking(actor, callId, this.loaderFactory.forRequest());
    const call = await this.service.call(callId);
    const workbook = coFinancingRankingWorkbook(call, rows.map(rankingRowModel), new Date());
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader(
      'Content-Disposition',
      attachmentDisposition(`medfinansiering-rangering-${call.year}.xlsx`),
    );
    res.setHeader('Cache-Control', 'no-store');
    await workbook.xlsx.write(res);
    res.end();
  }
}
