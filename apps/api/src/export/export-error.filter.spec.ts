import { type ArgumentsHost, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { badInput, forbidden, notFound } from '../common/errors.js';
import { ExportErrorFilter, httpErrorOf } from './export-error.filter.js';

describe('ExportErrorFilter', () => {
  it('maps the services’ GraphQL errors and the guard’s refusals to HTTP statuses with stable codes', () => {
    expect(httpErrorOf(badInput('year', 'must be a year between 1990 and 2200 (got 1800)'))).toEqual({
      status: 400,
      body: {
        code: 'BAD_USER_INPUT',
        message: 'year: must be a year between 1990 and 2200 (got 1800)',
        field: 'year',
        problems: [{ field: 'year', message: 'must be a year between 1990 and 2200 (got 1800)' }],
      },
    });
    expect(httpErrorOf(forbidden('No'))).toEqual({ status: 403, body: { code: 'FORBIDDEN', message: 'No' } });
    expect(httpErrorOf(notFound('Organisation', 'x')).status).toBe(404);
    expect(httpErrorOf(new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Sign in' }))).toEqual({
      status: 401,
      body: { code: 'UNAUTHENTICATED', message: 'Sign in' },
    });
    expect(
      httpErrorOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).status,
    ).toBe(503);
    expect(httpErrorOf(new Error('boom'))).toEqual({
      status: 500,
      body: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' },
    });
  });

  function fakeResponse(headersSent: boolean) {
    const calls: unknown[][] = [];
    const res = {
      headersSent,
      removeHeader: (name: string) => calls.push(['removeHeader', name]),
      status: (status: number) => {
        calls.push(['status', status]);
        return res;
      },
      json: (body: unknown) => calls.push(['json', body]),
      destroy: () => calls.push(['destroy']),
    };
    const host = { switchToHttp: () => ({ getResponse: () => res as unknown as Response }) } as ArgumentsHost;
    return { host, calls };
  }

  it('answers with JSON instead of the file, without the file’s name', () => {
    const { host, calls } = fakeResponse(false);
    new ExportErrorFilter().catch(forbidden('No'), host);
    expect(calls).toEqual([
      ['removeHeader', 'Content-Disposition'],
      ['status', 403],
      ['json', { code: 'FORBIDDEN', message: 'No' }],
    ]);
  });

  it('aborts a download that has started, so it fails instead of ending short', () => {
    const { host, calls } = fakeResponse(true);
    new ExportErrorFilter().catch(forbidden('No'), host);
    expect(calls).toEqual([['destroy']]);
  });
});
