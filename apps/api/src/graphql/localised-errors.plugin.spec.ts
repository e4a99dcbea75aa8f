import { HeaderMap } from '@apollo/server';
import { msg } from '@gevinst/domain';
import type { GraphQLFormattedError } from 'graphql';
import { badInputMany, notFound } from '../common/errors.js';
import { errorLanguageOf, localiseMessageNb } from '../common/localise-errors.js';
import { localiseFormattedErrorNb, localisedErrorsPlugin } from './localised-errors.plugin.js';

describe('errorLanguageOf (Accept-Language)', () => {
  it.each([
    ['nb', 'nb'],
    ['no', 'nb'],
    ['nn', 'nb'],
    ['nb-NO', 'nb'],
    ['NB-no', 'nb'],
    ['nb-NO,nb;q=0.9,en-US;q=0.8,en;q=0.7', 'nb'],
    ['de, nn;q=0.5', 'nb'],
    ['en-GB,en;q=0.9,nb;q=0.8', 'en'],
    ['en;q=0.5, nb;q=0.9', 'nb'],
    ['nb;q=0, en', 'en'],
    ['de-DE', 'en'],
    ['*', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    [null, 'en'],
  ])('%j → %s', (header, language) => {
    expect(errorLanguageOf(header)).toBe(language);
  });
});

describe('localiseMessageNb', () => {
  it('translates a list of problems part by part and composes the message again', () => {
    const error = badInputMany([
      { field: 'name', message: msg('REQUIRED') },
      { field: 'municipalityNumber', message: msg('ONLY_MUNICIPALITIES', { kind: 'STATE_AGENCY' }) },
    ]);
    // A problem without a code (a library's own words) stays as it is, in English.
    (error.extensions.problems as { field: string; message: string }[]).push({
      field: 'parentId',
      message: 'something the catalogue does not know',
    });
    const composed = `${error.message}; parentId: something the catalogue does not know`;
    expect(localiseMessageNb(composed, error.extensions.problems)).toEqual({
      message:
        'name: må fylles ut; municipalityNumber: bare kommuner har kommunenummer (dette er en statlig virksomhet); parentId: something the catalogue does not know',
      messageEn: composed,
      problems: [
        {
          field: 'name',
          message: 'må fylles ut',
          messageEn: 'must not be empty',
          reason: 'REQUIRED',
          params: {},
        },
        {
          field: 'municipalityNumber',
          message: 'bare kommuner har kommunenummer (dette er en statlig virksomhet)',
          messageEn: 'only municipalities have one (this is STATE_AGENCY)',
          reason: 'ONLY_MUNICIPALITIES',
          params: { kind: 'STATE_AGENCY' },
        },
        { field: 'parentId', message: 'something the catalogue does not know' },
      ],
    });
  });

  it('keeps an unknown message in English, without messageEn', () => {
    expect(localiseMessageNb('Something new')).toEqual({ message: 'Something new' });
    expect(localiseMessageNb('x: y', [{ field: 'x', message: 'y' }])).toEqual({ message: 'x: y' });
  });

  it('translates a message as a whole when it is not made of its problems', () => {
    const problems = [{ field: 'a', message: 'must not be empty', reason: 'REQUIRED', params: {} }];
    expect(localiseMessageNb('Internal server error', problems, 'INTERNAL_ERROR', {})).toEqual({
      message: 'Intern feil på serveren',
      messageEn: 'Internal server error',
      problems: [{ ...problems[0], message: 'må fylles ut', messageEn: 'must not be empty' }],
    });
  });

  it('writes a message from its code only when the message is the code’s English', () => {
    expect(localiseMessageNb('Something else', undefined, 'REQUIRED', {})).toEqual({
      message: 'Something else',
    });
  });

  it('writes graphql-js’s words around a scalar’s own problem', () => {
    const english =
      'Variable "$input" got invalid value "2026-02-30" at "input.startDate"; LocalDate 2026-02-30 is not a calendar date';
    expect(
      localiseMessageNb(english, undefined, 'NOT_A_CALENDAR_DATE', { date: '2026-02-30' }, 'LocalDate'),
    ).toEqual({
      message:
        'Variabelen «$input» har en ugyldig verdi "2026-02-30" i «input.startDate»; LocalDate 2026-02-30 er ikke en gyldig dato',
      messageEn: english,
    });
  });
});

describe('localisedErrorsPlugin', () => {
  const notFoundError: GraphQLFormattedError = {
    message: notFound('Initiative', 'abc').message,
    path: ['initiative'],
    extensions: { ...notFound('Initiative', 'abc').extensions },
  };

  it('keeps the code and the other extensions, and adds messageEn', () => {
    expect(localiseFormattedErrorNb(notFoundError)).toEqual({
      message: 'Fant ikke initiativet abc',
      path: ['initiative'],
      extensions: {
        code: 'NOT_FOUND',
        reason: 'NOT_FOUND',
        params: { entity: 'Initiative', id: 'abc' },
        entity: 'Initiative',
        id: 'abc',
        messageEn: 'Initiative abc was not found',
      },
    });
    const unknown = { message: 'Cannot query field "x" on type "Query".', extensions: { code: 'X' } };
    expect(localiseFormattedErrorNb(unknown)).toBe(unknown);
  });

  async function respond(acceptLanguage: string | undefined) {
    const headers = new HeaderMap();
    if (acceptLanguage !== undefined) headers.set('accept-language', acceptLanguage);
    const responseHeaders = new HeaderMap();
    const errors = [notFoundError];
    const context = {
      request: { http: { method: 'POST', headers, search: '', body: {} } },
      response: { http: { headers: responseHeaders }, body: { kind: 'single', singleResult: { errors } } },
    };
    const listener = await localisedErrorsPlugin().requestDidStart!(context as never);
    await listener!.willSendResponse!(context as never);
    return {
      errors: context.response.body.singleResult.errors,
      language: responseHeaders.get('content-language'),
    };
  }

  it('answers in Norwegian Bokmål when the client asks for it, and says so in Content-Language', async () => {
    const { errors, language } = await respond('nb-NO,nb;q=0.9,en;q=0.8');
    expect(language).toBe('nb');
    expect(errors[0].message).toBe('Fant ikke initiativet abc');
    expect(errors[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      messageEn: 'Initiative abc was not found',
    });
  });

  it('leaves the errors exactly as they were for English and for no header', async () => {
    for (const header of ['en', 'de', undefined]) {
      const { errors, language } = await respond(header);
      expect(language).toBe('en');
      expect(errors[0]).toBe(notFoundError);
    }
  });
});
