import type { Language } from '@gevinst/domain';
import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { Field, GqlExecutionContext, ObjectType } from '@nestjs/graphql';
import type { Request } from 'express';
import { type GraphQLResolveInfo, GraphQLInputObjectType, getNamedType } from 'graphql';
import { CodedErrorModel, codedErrorParts } from './coded-error.js';
import { type AppError, ErrorCode, isAppError } from './errors.js';
import { errorLanguageOf } from './localise-errors.js';

@ObjectType('UserError', {
  description:
    'A problem of the input or of a rule, answered in a mutation payload’s `userErrors` instead of `errors`: nothing was stored or audited (docs/api.md, "Mutation payloads and userErrors").',
})
export class UserErrorModel extends CodedErrorModel {
  @Field(() => [String], {
    nullable: true,
    description:
      'The path of the input that was wrong, from the argument: e.g. ["input", "url"], ["input", "roleMappings", "0", "role"] or ["organisationId"]; null when no one field is.',
  })
  field!: string[] | null;
}

/** What every mutation payload has (besides its entity). */
export interface WithUserErrors {
  userErrors: UserErrorModel[];
}

/** The base of every `…Payload` type: its `userErrors` (each payload adds its entity, null when refused). */
@ObjectType({ isAbstract: true })
export abstract class MutationPayload implements WithUserErrors {
  @Field(() => [UserErrorModel], {
    description:
      'What of the input was refused and why; empty when the mutation was done. When not empty, nothing was stored or audited.',
  })
  userErrors!: UserErrorModel[];
}

/**
 * The kinds answered as `userErrors`: what the caller can correct in the input, or a rule that refuses
 * it. FORBIDDEN, UNAUTHENTICATED, TOO_MANY_REQUESTS, TOO_COMPLEX and faults stay top-level `errors`.
 */
const USER_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
]);

/** True for an error the caller should see in `userErrors`. */
export function isUserError(error: unknown): error is AppError {
  return isAppError(error) && USER_ERROR_CODES.has(error.code);
}

/** A service's field name (`url`, `participants[0].role`) as path segments. */
function segmentsOf(field: string): string[] {
  return field.split(/[.[\]]+/).filter((segment) => segment !== '');
}

/** The path of the first argument value equal to `value` (an id NOT_FOUND), looked for 3 levels deep. */
function pathOfValue(value: unknown, args: unknown, depth = 0): string[] | null {
  if (typeof args !== 'object' || args === null || depth > 3) return null;
  for (const [key, child] of Object.entries(args)) {
    if (child === value) return [key];
    const below = pathOfValue(value, child, depth + 1);
    if (below) return [key, ...below];
  }
  return null;
}

/** The mutation's arguments as the payload mapping needs them: their names and the one input object. */
export interface MutationArguments {
  /** The argument values as received. */
  values: Record<string, unknown>;
  /** The names of the arguments. */
  names: readonly string[];
  /** The name of the only input-object argument (`input`), which a service's field names are inside. */
  inputObject: string | null;
}

/**
 * Maps the outcome of one mutation into its payload, the same way for every mutation: the service's
 * result through `build` with `userErrors: []`; an AppError of the user (isUserError) into `userErrors`
 * (codedErrorParts, the one mapping, in the language of Accept-Language) with `refused` as the rest of
 * the payload. The service's transaction rolled back when it threw, so nothing is stored or audited.
 * Anything else is thrown on, a top-level error as before.
 */
export class PayloadMapper {
  constructor(
    readonly language: Language,
    private readonly args: MutationArguments,
  ) {}

  async of<T, P extends object, R extends object>(
    run: () => Promise<T>,
    build: (result: T) => P,
    refused: R,
  ): Promise<(P | R) & WithUserErrors> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      if (!isUserError(error)) throw error;
      return { ...refused, userErrors: this.userErrors(error) };
    }
    return { ...build(result), userErrors: [] };
  }

  /** An AppError of the user as `userErrors`: one per field problem, or one for the rule. */
  userErrors(error: AppError): UserErrorModel[] {
    return codedErrorParts(error, this.language).map((part) => ({
      ...part,
      field: part.field !== null ? this.pathOf(part.field) : this.pathOfMissing(error),
    }));
  }

  /** A service's field as the path from the argument: inside the input object unless it names an argument. */
  private pathOf(field: string): string[] {
    const segments = segmentsOf(field);
    if (this.args.names.includes(segments[0]) || this.args.inputObject === null) return segments;
    return [this.args.inputObject, ...segments];
  }

  /** For a NOT_FOUND: the argument that holds the id not found, when one does. */
  private pathOfMissing(error: AppError): string[] | null {
    const id = error.extensions.id;
    return error.code === ErrorCode.NOT_FOUND && typeof id === 'string'
      ? pathOfValue(id, this.args.values)
      : null;
  }
}

/** The arguments of the field being resolved, from graphql-js's `info` and the values received. */
export function mutationArguments(
  info: GraphQLResolveInfo,
  values: Record<string, unknown>,
): MutationArguments {
  const definitions = info.parentType.getFields()[info.fieldName]?.args ?? [];
  const inputObjects = definitions.filter((arg) => getNamedType(arg.type) instanceof GraphQLInputObjectType);
  return {
    values,
    names: definitions.map((arg) => arg.name),
    inputObject: inputObjects.length === 1 ? inputObjects[0].name : null,
  };
}

/**
 * The payload mapping of this mutation (see PayloadMapper):
 * `@Payload() payload: PayloadMapper` … `return payload.of(() => service.x(…), (x) => ({ x }), { x: null })`.
 */
export const Payload = createParamDecorator((_data: unknown, context: ExecutionContext): PayloadMapper => {
  const gql = GqlExecutionContext.create(context);
  const req = gql.getContext<{ req: Request }>().req;
  return new PayloadMapper(
    errorLanguageOf(req.headers['accept-language']),
    mutationArguments(gql.getInfo<GraphQLResolveInfo>(), gql.getArgs<Record<string, unknown>>()),
  );
});
