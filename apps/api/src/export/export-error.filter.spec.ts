import { type ArgumentsHost, UnauthorizedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { msg } from '@gevinst/domain';
import { badInput, forbidden, notFound } from '../common/errors.js';

const YEAR = msg('YEAR_BETWEEN', { min: 1990, max: 2200, got: '1800' });
const YEAR_PARAMS = { min: 1990, max: 2200, got: '1800' };
import { ExportErrorFilter, httpErrorOf, localiseHttpErrorBody } from './export-error.filter.js';

const NOT_ALLOWED_BODY = {
  code: 'FORBIDDEN',
  message: 'You are not allowed to do this',
  reason: 'NOT_ALLOWED',
  params: {},
};

describe('ExportErrorFilter', () => {
  it('maps the services’ GraphQL errors and the guard’s refusals to HTTP statuses with stable codes', () => {
    expect(httpErrorOf(badInput('year', YEAR))).toEqual({
      status: 400,
      body: {
        code: 'BAD_USER_INPUT',
        message: 'year: must be a year between 1990 and 2200 (got 1800)',
        field: 'year',
        problems: [
          {
            field: 'year',
            message: 'must be a year between 1990 and 2200 (got 1800)',
            reason: 'YEAR_BETWEEN',
            params: YEAR_PARAMS,
          },
        ],
      },
    });
    expect(httpErrorOf(forbidden())).toEqual({ status: 403, body: NOT_ALLOWED_BODY });
    expect(httpErrorOf(notFound('Organisation', 'x')).status).toBe(404);
    expect(httpErrorOf(new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'Sign in' }))).toEqual({
      status: 401,
      body: { code: 'UNAUTHENTICATED', message: 'Sign in' },
    });
    // The guard's refusal says its rule as a code, which the body passes on.
    const refusal = new UnauthorizedException({
      code: 'UNAUTHENTICATED',
      message: 'The session or API token is invalid, expired or revoked: sign in again',
      reason: 'CREDENTIAL_REFUSED',
      params: {},
    });
    expect(localiseHttpErrorBody(httpErrorOf(refusal).body, 'nb')).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Innloggingen eller API-nøkkelen er ugyldig, utløpt eller trukket tilbake: logg inn på nytt',
      messageEn: 'The session or API token is invalid, expired or revoked: sign in again',
      reason: 'CREDENTIAL_REFUSED',
      params: {},
    });
    expect(
      httpErrorOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).status,
    ).toBe(503);
    expect(httpErrorOf(new Error('boom'))).toEqual({
      status: 500,
      body: {
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Internal server error',
        reason: 'INTERNAL_ERROR',
        params: {},
      },
    });
  });

  function fakeResponse(headersSent: boolean, headers: Record<string, string> = {}) {
    const calls: unknown[][] = [];
    const res = {
      headersSent,
      removeHeader: (name: string) => calls.push(['removeHeader', name]),
      setHeader: (name: string, value: string) => calls.push(['setHeader', name, value]),
      status: (status: number) => {
        calls.push(['status', status]);
        return res;
      },
      json: (body: unknown) => calls.push(['json', body]),
      destroy: () => calls.push(['destroy']),
    };
    const req = { headers } as unknown as Request;
    const host = {
      switchToHttp: () => ({ getResponse: () => res as unknown as Response, getRequest: () => req }),
    } as ArgumentsHost;
    return { host, calls };
  }

  it('answers with JSON instead of the file, without the file’s name', () => {
    const { host, calls } = fakeResponse(false);
    new ExportErrorFilter().catch(forbidden(), host);
    expect(calls).toEqual([
      ['removeHeader', 'Content-Disposition'],
      ['setHeader', 'Content-Language', 'en'],
      ['status', 403],
      ['json', NOT_ALLOWED_BODY],
    ]);
  });

  it('answers in Norwegian Bokmål when asked with Accept-Language, keeping the English in messageEn', () => {
    const { host, calls } = fakeResponse(false, { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' });
    new ExportErrorFilter().catch(badInput('year', YEAR), host);
    expect(calls).toEqual([
      ['removeHeader', 'Content-Disposition'],
      ['setHeader', 'Content-Language', 'nb'],
      ['status', 400],
      [
        'json',
        {
          code: 'BAD_USER_INPUT',
          message: 'year: må være et årstall mellom 1990 og 2200 (fikk 1800)',
          messageEn: 'year: must be a year between 1990 and 2200 (got 1800)',
          field: 'year',
          problems: [
            {
              field: 'year',
              message: 'må være et årstall mellom 1990 og 2200 (fikk 1800)',
              messageEn: 'must be a year between 1990 and 2200 (got 1800)',
              reason: 'YEAR_BETWEEN',
              params: YEAR_PARAMS,
            },
          ],
        },
      ],
    ]);
    expect(localiseHttpErrorBody({ code: 'FORBIDDEN', message: 'No' }, 'nb')).toEqual({
      code: 'FORBIDDEN',
      message: 'No',
    });
  });

  it('aborts a download that has started, so it fails instead of ending short', () => {
    const { host, calls } = fakeResponse(true);
    new ExportErrorFilter().catch(forbidden(), host);
    expect(calls).toEqual([['destroy']]);
  });
});
