import { type Message, renderMessage } from '@gevinst/domain';
import { GraphQLError } from 'graphql';

/** The rule of a message for `extensions`: its code as `reason`, and its parameters (as AppError has). */
export function reasonOf(message: Message): { reason: string; params: unknown } {
  return { reason: message.code, params: message.params ?? {} };
}

/**
 * An error of the API's edge where Apollo needs a GraphQLError (a request plugin, the statement cap):
 * the English message, the kind in `extensions.code` and the rule in `reason` and `params`, so the
 * language plugin writes it from its code like the services' errors.
 */
export function edgeError(
  kind: string,
  message: Message,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(renderMessage(message, 'en'), {
    extensions: { code: kind, ...reasonOf(message), ...extensions },
  });
}
