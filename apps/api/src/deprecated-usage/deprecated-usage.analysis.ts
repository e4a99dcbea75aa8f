import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ValueNode,
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * Which deprecated parts of the schema an operation uses, as schema coordinates (the names of
 * https://spec.graphql.org/draft/#sec-Schema-Coordinates):
 *
 * - a selected deprecated field: `OrganisationPosition.paidNok`;
 * - a deprecated argument given: `Query.users(search:)`;
 * - a deprecated input field given, in a literal or in a variable's value: `KeySpecInput.floor`;
 * - a deprecated enum value given, in a literal or in a variable's value: `SomeEnum.OLD_VALUE`.
 *
 * The document is walked once (graphql-js's TypeInfo, so every name is resolved against the schema as
 * validation did) and the result kept per operation: what the document uses whatever its variables
 * (`fixed`), and what depends on the variables — an argument or input field written as `$variable`
 * counts only when the variable is given (`conditional`), and a variable whose type can hold a deprecated
 * input field or enum value has its value walked (`walked`). A document with neither needs no look at
 * the variables (`needsVariables` false).
 */

/** A deprecated argument or input field written as `$variable`: used when the variable is given. */
export interface ConditionalUse {
  coordinate: string;
  variable: string;
}

/** What one operation of a document uses, with the fragments it spreads. */
export interface OperationUsage {
  /** Used whatever the variables. */
  fixed: ReadonlySet<string>;
  conditional: readonly ConditionalUse[];
  /** Variables whose value is walked for deprecated input fields and enum values. */
  walked: readonly { variable: string; type: GraphQLInputType }[];
  /** Variables that have a default value in the document (given even when the request omits them). */
  defaulted: ReadonlySet<string>;
  /** True when `conditional` or `walked` is not empty: the variables must be looked at. */
  needsVariables: boolean;
}

/** Every operation of a document by name ('' for the one operation without a name). */
export interface DocumentAnalysis {
  operations: ReadonlyMap<string, OperationUsage>;
  /** True when no operation uses anything deprecated, whatever the variables (the common case). */
  empty: boolean;
}

interface Part {
  fixed: Set<string>;
  conditional: ConditionalUse[];
  spreads: Set<string>;
}

const newPart = (): Part => ({ fixed: new Set(), conditional: [], spreads: new Set() });

/** Whether a value of `type` can hold a deprecated input field or enum value (memoised per type). */
const reachesCache = new WeakMap<GraphQLNamedType, boolean>();
export function reachesDeprecated(type: GraphQLInputType): boolean {
  return reaches(getNamedType(type), new Set());
}

function reaches(type: GraphQLNamedType, seen: Set<GraphQLNamedType>): boolean {
  const known = reachesCache.get(type);
  if (known !== undefined) return known;
  if (seen.has(type)) return false;
  seen.add(type);
  let result = false;
  if (isEnumType(type)) result = type.getValues().some((value) => !!value.deprecationReason);
  else if (isInputObjectType(type))
    result = Object.values(type.getFields()).some(
      (field) => !!field.deprecationReason || reaches(getNamedType(field.type), seen),
    );
  // A type on a cycle is decided once the walk that entered it first is done; cache only then.
  if (seen.size === 1 || result) reachesCache.set(type, result);
  return result;
}

/** Walks the document once and keeps, per operation, what it uses of the deprecated parts of the schema. */
export function analyseDocument(schema: GraphQLSchema, document: DocumentNode): DocumentAnalysis {
  const typeInfo = new TypeInfo(schema);
  const fragments = new Map<string, Part>();
  const operations: { name: string; part: Part; variables: DocumentNode['definitions'][number] }[] = [];
  let current = newPart();

  const use = (coordinate: string, value: ValueNode) => {
    if (value.kind === Kind.VARIABLE) current.conditional.push({ coordinate, variable: value.name.value });
    else current.fixed.add(coordinate);
  };

  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter(node) {
          current = newPart();
          operations.push({ name: node.name?.value ?? '', part: current, variables: node });
        },
      },
      FragmentDefinition: {
        enter(node) {
          current = newPart();
          fragments.set(node.name.value, current);
        },
      },
      FragmentSpread(node) {
        current.spreads.add(node.name.value);
      },
      Field() {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field?.deprecationReason && parent) current.fixed.add(`${parent.name}.${field.name}`);
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument?.deprecationReason) return;
        const directive = typeInfo.getDirective();
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        const owner = directive
          ? `@${directive.name}`
          : field && parent
            ? `${parent.name}.${field.name}`
            : null;
        if (owner) use(`${owner}(${argument.name}:)`, node.value);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        const input = parent ? getNamedType(parent) : null;
        if (!isInputObjectType(input)) return;
        const field = input.getFields()[node.name.value];
        if (field?.deprecationReason) use(`${input.name}.${field.name}`, node.value);
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        const named = type ? getNamedType(type) : null;
        if (!isEnumType(named)) return;
        if (named.getValue(node.value)?.deprecationReason) current.fixed.add(`${named.name}.${node.value}`);
      },
    }),
  );

  const result = new Map<string, OperationUsage>();
  let empty = true;
  for (const { name, part, variables: node } of operations) {
    const fixed = new Set(part.fixed);
    const conditional = [...part.conditional];
    // The fragments the operation spreads, and those they spread (a validated document has no cycle;
    // `seen` guards anyway).
    const seen = new Set<string>();
    const queue = [...part.spreads];
    while (queue.length) {
      const fragmentName = queue.pop()!;
      if (seen.has(fragmentName)) continue;
      seen.add(fragmentName);
      const fragment = fragments.get(fragmentName);
      if (!fragment) continue;
      for (const coordinate of fragment.fixed) fixed.add(coordinate);
      conditional.push(...fragment.conditional);
      queue.push(...fragment.spreads);
    }
    const walked: OperationUsage['walked'][number][] = [];
    const defaulted = new Set<string>();
    if (node.kind === Kind.OPERATION_DEFINITION)
      for (const definition of node.variableDefinitions ?? []) {
        if (definition.defaultValue) defaulted.add(definition.variable.name.value);
        const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
        if (type && reachesDeprecated(type)) walked.push({ variable: definition.variable.name.value, type });
      }
    const needsVariables = conditional.length > 0 || walked.length > 0;
    if (fixed.size || needsVariables) empty = false;
    result.set(name, { fixed, conditional, walked, defaulted, needsVariables });
  }
  return { operations: result, empty };
}

/** The operation a request runs: the one named, or the document's only operation. */
export function operationOf(analysis: DocumentAnalysis, operationName: string | null | undefined) {
  if (operationName) return analysis.operations.get(operationName);
  return analysis.operations.size === 1 ? [...analysis.operations.values()][0] : undefined;
}

/** The deprecated coordinates an operation uses with these variables (read only when it needs them). */
export function usedCoordinates(
  usage: OperationUsage,
  variables: Readonly<Record<string, unknown>> | undefined,
): Set<string> {
  const used = new Set(usage.fixed);
  if (!usage.needsVariables) return used;
  const values = variables ?? {};
  const given = (name: string) =>
    (Object.hasOwn(values, name) && values[name] !== undefined) || usage.defaulted.has(name);
  for (const { coordinate, variable } of usage.conditional) if (given(variable)) used.add(coordinate);
  for (const { variable, type } of usage.walked)
    if (Object.hasOwn(values, variable)) walkValue(type, values[variable], used, 0);
  return used;
}

/** The most levels of a variable's value walked (a deeper value is refused by validation long before). */
const MAX_VALUE_DEPTH = 32;

/** Adds the deprecated input fields and enum values written in a variable's value of `type`. */
function walkValue(type: GraphQLInputType, value: unknown, used: Set<string>, depth: number): void {
  if (value === null || value === undefined || depth > MAX_VALUE_DEPTH) return;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    // A single value where a list is expected is coerced to a list of one (the spec's input coercion).
    for (const item of Array.isArray(value) ? value : [value])
      walkValue(nullable.ofType, item, used, depth + 1);
    return;
  }
  const named = getNullableType(nullable);
  if (isEnumType(named)) {
    if (typeof value === 'string' && named.getValue(value)?.deprecationReason)
      used.add(`${named.name}.${value}`);
    return;
  }
  if (!isInputObjectType(named) || typeof value !== 'object' || !reachesDeprecated(named)) return;
  const record = value as Record<string, unknown>;
  for (const field of Object.values(named.getFields())) {
    if (!Object.hasOwn(record, field.name) || record[field.name] === undefined) continue;
    if (field.deprecationReason) used.add(`${named.name}.${field.name}`);
    walkValue(field.type, record[field.name], used, depth + 1);
  }
}

/**
 * The deprecated coordinates the operation `operationName` of a parsed, validated document uses with
 * `variables` (all in one call; the plugin keeps `analyseDocument`'s result per document instead).
 */
export function deprecatedCoordinates(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | undefined,
): Set<string> {
  const usage = operationOf(analyseDocument(schema, document), operationName);
  return usage ? usedCoordinates(usage, variables) : new Set();
}

const COORDINATE = /^(@?)([_A-Za-z]\w*)(?:\.([_A-Za-z]\w*))?(?:\(([_A-Za-z]\w*):\))?$/;

/**
 * The deprecation reason of the schema element a coordinate names (`Type.field`, `Type.field(arg:)`,
 * `Input.field`, `Enum.VALUE`, `@directive(arg:)`); null when it is not deprecated (any more) or not in
 * the schema (removed).
 */
export function deprecationReasonOf(schema: GraphQLSchema, coordinate: string): string | null {
  const match = COORDINATE.exec(coordinate);
  if (!match) return null;
  const [, at, name, member, argumentName] = match;
  if (at) {
    if (member || !argumentName) return null;
    const directive = schema.getDirective(name);
    return directive?.args.find((arg) => arg.name === argumentName)?.deprecationReason ?? null;
  }
  const type = schema.getType(name);
  if (!type || !member) return null;
  if (isEnumType(type)) return argumentName ? null : (type.getValue(member)?.deprecationReason ?? null);
  if (!('getFields' in type)) return null;
  const field = type.getFields()[member];
  if (!field) return null;
  if (!argumentName) return field.deprecationReason ?? null;
  if (!('args' in field)) return null;
  return field.args.find((arg) => arg.name === argumentName)?.deprecationReason ?? null;
}
