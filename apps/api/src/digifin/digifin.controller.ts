import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { LIMITS, msg } from '@gevinst/domain';
import type { Response } from 'express';
import { badInput } from '../common/errors.js';
import { attachmentDisposition } from '../export/content-disposition.js';
import { ExportErrorFilter } from '../export/export-error.filter.js';
import { digifinWorkbook } from './digifin-workbook.js';
import { DigifinService } from './digifin.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The DigiFin contributions of a year per organisation as a workbook (every organisation, largest first;
 * the same rows and sum as `digifinLedger(year) { contributions }`), and the balance by year. Every
 * signed-in user (session cookie or API token). Errors are JSON with the API's codes.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class DigifinController {
  constructor(private readonly digifin: DigifinService) {}

  /** `GET /api/exports/digifin-contributions.xlsx?year=<year>[&search=<text>]` */
  @Get('digifin-contributions.xlsx')
  async xlsx(
    @Query('year') year: unknown,
    @Query('search') search: unknown,
    @Res() res: Response,
  ): Promise<void> {
    if (typeof year !== 'string' || !/^\d{4}$/.test(year))
      throw badInput(
        'year',
        msg('YEAR_BETWEEN', {
          ...LIMITS.year,
          got: typeof year === 'string' ? `"${year.slice(0, 20)}"` : 'nothing',
        }),
      );
    this.digifin.checkYear(Number(year));
    const data = await this.digifin.ledger();
    const page = this.digifin.contributions(data, Number(year), typeof search === 'string' ? search : null, {
      offset: 0,
      limit: LIMITS.pageSize,
    });
    // Every row, not a page: read the whole list in pages of the largest size.
    const rows = [...page.nodes];
    for (let offset = rows.length; offset < page.totalCount; offset += LIMITS.pageSize)
      rows.push(
        ...this.digifin.contributions(data, Number(year), typeof search === 'string' ? search : null, {
          offset,
          limit: LIMITS.pageSize,
        }).nodes,
      );
    const workbook = digifinWorkbook(data, Number(year), rows, page.totalAmount, new Date());
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Content-Disposition', attachmentDisposition(`digifin-bidrag-${year}.xlsx`));
    res.setHeader('Cache-Control', 'no-store');
    await workbook.xlsx.write(res);
    res.end();
  }
}
