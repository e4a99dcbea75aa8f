import { type Language, renderMessage } from '@gevinst/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type AppError, ErrorCode } from './errors.js';

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'The kind of an error, as `errors[].extensions.code` (docs/api.md, "Errors").',
  valuesMap: {
    BAD_USER_INPUT: { description: 'The input broke a rule; `reason` and `problems` say which.' },
    NOT_FOUND: { description: 'The entity does not exist, or the caller may not see it.' },
    CONFLICT: {
      description: 'The entity changed meanwhile (a stale version) or the state does not allow it.',
    },
    FORBIDDEN: { description: 'The caller may not do this.' },
    UNAUTHENTICATED: { description: 'No valid session or API token.' },
    TOO_MANY_REQUESTS: { description: "The caller's request budget or the sign-in throttle is spent." },
    TOO_COMPLEX: { description: 'The request is over the complexity, depth or SQL-statement limits.' },
  },
});

/**
 * What an error answered in the data of a mutation (a bulk item's `error`, a payload's `userErrors`) has
 * in common with `errors[].extensions`: the kind, the rule and the message. Each adds its own `field`.
 */
@ObjectType({ isAbstract: true })
export abstract class CodedErrorModel {
  @Field(() => ErrorCode, {
    description:
      'The kind of error, as `extensions.code`: BAD_USER_INPUT, NOT_FOUND or CONFLICT (and FORBIDDEN for a bulk item).',
  })
  code!: ErrorCode;

  @Field({
    description:
      'The rule that refused, as `extensions.reason` (a message code: e.g. MEASURED_IN_FUTURE, NOT_AN_HTTPS_URL).',
  })
  reason!: string;

  @Field({
    description: 'What was wrong, in the language of the Accept-Language header (Norwegian or English).',
  })
  message!: string;
}

/** One part of a coded error: the rule that refused, or one of its field problems. */
export interface CodedErrorPart {
  code: ErrorCode;
  reason: string;
  /** The input field (as the service names it: `url`, `participants[0].role`), or null. */
  field: string | null;
  message: string;
}

/**
 * The one mapping of a thrown AppError into data, its messages in `language` (libs/domain's catalogue):
 * an error with a rule gives one part (with the first problem's field, if any); an input error without
 * one gives a part per field problem, each with its own code, field and message.
 */
export function codedErrorParts(error: AppError, language: Language): CodedErrorPart[] {
  if (error.reason !== null || error.problems.length === 0)
    return [
      {
        code: error.code,
        reason: error.reason?.code ?? error.code,
        field: error.problems[0]?.field ?? null,
        message: error.reason !== null ? renderMessage(error.reason, language) : '',
      },
    ];
  return error.problems.map((problem) => ({
    code: error.code,
    reason: problem.message.code,
    field: problem.field,
    message: renderMessage(problem.message, language),
  }));
}
