import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import { msg } from '@gevinst/domain';
import type { Response } from 'express';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { badInput } from '../common/errors.js';
import { attachmentDisposition, fileNamePart } from '../export/content-disposition.js';
import { ExportErrorFilter } from '../export/export-error.filter.js';
import { KeyComparisonInput, type KeyComparisonDraftInput } from './dto/key-comparison.input.js';
import { keyComparisonWorkbook } from './key-comparison-workbook.js';
import { KeyComparisonService } from './key-comparison.service.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function integer(field: string, value: unknown, required: boolean): number | null {
  if (value === undefined || value === '') {
    if (required) throw badInput(field, msg('REQUIRED'));
    return null;
  }
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value))
    throw badInput(
      field,
      msg('NOT_BETWEEN', {
        min: 0,
        max: 9999,
        got: typeof value === 'string' ? `"${value.slice(0, 20)}"` : 'a list',
      }),
    );
  return Number(value);
}

/**
 * The key comparison as a workbook, with the access rules of the GraphQL `keyComparison` query (every row
 * for those who may see the initiative's financial detail, your own organisation's row otherwise).
 * `GET /api/exports/key-comparison.xlsx?initiativeId=&year=&keyIds=<id>,<id>&referenceIndex=&populationYear=&draftKeys=<JSON>`
 * (`draftKeys`: a JSON array of `{ name, spec, populationYear }`). Errors are JSON with the API's codes.
 */
@Controller('api/exports')
@UseFilters(ExportErrorFilter)
export class KeyComparisonController {
  constructor(private readonly comparisons: KeyComparisonService) {}

  @Get('key-comparison.xlsx')
  async xlsx(
    @CurrentActor() actor: Actor,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const input = new KeyComparisonInput();
    if (typeof query.initiativeId !== 'string') throw badInput('initiativeId', msg('REQUIRED'));
    input.initiativeId = query.initiativeId;
    input.year = integer('year', query.year, true)!;
    input.referenceIndex = integer('referenceIndex', query.referenceIndex, false) ?? 0;
    input.populationYear = integer('populationYear', query.populationYear, false);
    input.keyIds =
      typeof query.keyIds === 'string' && query.keyIds ? query.keyIds.split(',').map((id) => id.trim()) : [];
    if (typeof query.draftKeys === 'string' && query.draftKeys) {
      let drafts: unknown;
      try {
        drafts = JSON.parse(query.draftKeys);
      } catch {
        throw badInput('draftKeys', msg('SPEC_NOT_JSON'));
      }
      if (!Array.isArray(drafts)) throw badInput('draftKeys', msg('SPEC_NOT_JSON'));
      input.draftKeys = drafts as KeyComparisonDraftInput[];
    }
    const comparison = await this.comparisons.compute(actor, input);
    const workbook = keyComparisonWorkbook(comparison, new Date());
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader(
      'Content-Disposition',
      attachmentDisposition(
        `nokkelsammenligning-${fileNamePart(comparison.initiativeCode)}-${comparison.year}.xlsx`,
      ),
    );
    res.setHeader('Cache-Control', 'no-store');
    await workbook.xlsx.write(res);
    res.end();
  }
}
