import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { errorLanguageOf, localiseMessageNb } from '../common/localise-errors.js';

/** One formatted error in Norwegian Bokmål, with the English kept in `extensions.messageEn`. */
export function localiseFormattedErrorNb(error: GraphQLFormattedError): GraphQLFormattedError {
  const localised = localiseMessageNb(
    error.message,
    error.extensions?.problems,
    error.extensions?.reason,
    error.extensions?.params,
    error.extensions?.scalar,
  );
  if (localised.messageEn === undefined && localised.problems === undefined) return error;
  return {
    ...error,
    message: localised.message,
    extensions: {
      ...error.extensions,
      ...(localised.problems ? { problems: localised.problems } : {}),
      ...(localised.messageEn === undefined ? {} : { messageEn: localised.messageEn }),
    },
  };
}

/**
 * Error messages in the language the client asks for with `Accept-Language`: Norwegian Bokmål for
 * `nb`, `no`, `nn` (and regional variants such as `nb-NO`), English otherwise. Every error's `message`
 * and every `extensions.problems[].message` is written from its code (`reason`, `params`) by the
 * catalogue of libs/domain, and graphql-js's own words by common/graphql-js-messages.ts (see
 * common/localise-errors.ts); the English stays in `messageEn` beside it, and `extensions.code` never
 * changes. A message neither knows stays English, without `messageEn`. English responses are exactly as before.
 * `Content-Language` says which language was chosen. (formatError cannot do this: it does not see the
 * request.)
 */
export function localisedErrorsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ request, response }) {
          const language = errorLanguageOf(request.http?.headers.get('accept-language'));
          response.http.headers.set('content-language', language);
          if (language === 'nb' && response.body.kind === 'single') {
            const result = response.body.singleResult;
            if (result.errors?.length) result.errors = result.errors.map(localiseFormattedErrorNb);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
