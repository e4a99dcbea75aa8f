import { HeaderMap } from '@apollo/server';
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
      { field: 'name', message: 'must not be empty' },
      { field: 'orgNumber', message: '958935421 has an invalid check digit: expected 0, got 1' },
      { field: 'parentId', message: 'something the catalogue does not know' },
    ]);
    expect(localiseMessageNb(error.message, error.extensions.problems)).toEqual({
      message:
        'name: må fylles ut; orgNumber: 958935421 har feil kontrollsiffer: forventet 0, fikk 1; parentId: something the catalogue does not know',
      messageEn: error.message,
      problems: [
        { field: 'name', message: 'må fylles ut', messageEn: 'must not be empty' },
        {
          field: 'orgNumber',
          message: '958935421 har feil kontrollsiffer: forventet 0, fikk 1',
          messageEn: '958935421 has an invalid check digit: expected 0, got 1',
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
    expect(
      localiseMessageNb('Internal server error', [{ field: 'a', message: 'must not be empty' }]),
    ).toEqual({
      message: 'Intern feil på serveren',
      messageEn: 'Internal server error',
      problems: [{ field: 'a', message: 'må fylles ut', messageEn: 'must not be empty' }],
    });
  });
});

describe('localisedErrorsPlugin', () => {
  const notFoundError: GraphQLFormattedError = {
    message: notFound('Initiative', 'abc').message,
    path: ['initiative'],
    extensions: { code: 'NOT_FOUND', entity: 'Initiative', id: 'abc' },
  };

  it('keeps the code and the other extensions, and adds messageEn', () => {
    expect(localiseFormattedErrorNb(notFoundError)).toEqual({
      message: 'Fant ikke initiativet abc',
      path: ['initiative'],
      extensions: {
        code: 'NOT_FOUND',
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
