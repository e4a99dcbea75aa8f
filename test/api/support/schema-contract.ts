/**
 * Rules over the schema's shape (docs/api-changes.md): what is undocumented, and which fields carry a
 * code as a String. Read from the committed apps/api/src/schema.gql, which the drift test in
 * reference-data.e2e.spec.ts keeps equal to the running schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GraphQLSchema,
  type GraphQLType,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';

export function committedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(process.cwd(), 'apps/api/src/schema.gql'), 'utf8'));
}

/** A type, field, argument, input field or enum value, by its schema coordinate, with its description. */
export interface SchemaItem {
  coordinate: string;
  description: string | null | undefined;
  /** The named type of a field, argument or input field. */
  typeName?: string;
  /** The field's, argument's or input field's own name. */
  name?: string;
}

/** Every item of the schema's own types (not the introspection types or the built-in scalars). */
export function schemaItems(schema: GraphQLSchema): SchemaItem[] {
  const items: SchemaItem[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    items.push({ coordinate: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        items.push({
          coordinate,
          description: field.description,
          typeName: getNamedType(field.type as GraphQLType)?.name,
          name: field.name,
        });
        for (const arg of 'args' in field ? field.args : []) {
          items.push({
            coordinate: `${coordinate}(${arg.name}:)`,
            description: arg.description,
            typeName: getNamedType(arg.type as GraphQLType)?.name,
            name: arg.name,
          });
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        items.push({ coordinate: `${type.name}.${value.name}`, description: value.description });
      }
    }
  }
  return items;
}

/** The coordinates of items without a description (or with only blanks). */
export function undocumented(schema: GraphQLSchema): string[] {
  return schemaItems(schema)
    .filter((item) => !item.description?.trim())
    .map((item) => item.coordinate)
    .sort();
}

/** A name that says it holds a code from a closed set. */
export const CODE_NAME =
  /(status|kind|type|code|method|role|category|level|phase|scheme|operation|state|scope|flag)$/i;

/** Fields, arguments and input fields whose name says "code" but whose type is String. */
export function codeStrings(schema: GraphQLSchema): string[] {
  return schemaItems(schema)
    .filter((item) => item.typeName === 'String' && item.name !== undefined && CODE_NAME.test(item.name))
    .map((item) => item.coordinate)
    .sort();
}

/** The name a money field carries: `amount`/`…Amount`, or `amounts`/`…Amounts` for a list of money. */
export const MONEY_NAME = /(^a|A)mounts?$/;

/**
 * Output fields and input fields of type Money whose name does not follow `MONEY_NAME` and which are not
 * deprecated (a deprecated one has its `…Amount` replacement next to it).
 */
export function misnamedMoney(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type as GraphQLType).name !== 'Money' || field.deprecationReason) continue;
      if (!MONEY_NAME.test(field.name)) found.push(`${type.name}.${field.name}`);
    }
  }
  return found.sort();
}

/**
 * Mutation fields not in `grandfathered` that do not answer a payload: a non-null object type named
 * `…Payload` with `userErrors: [UserError!]!` (docs/api.md, "Mutation payloads and userErrors"). Each is
 * reported as `Mutation.field: what is wrong`.
 */
export function mutationsWithoutPayload(schema: GraphQLSchema, grandfathered: readonly string[]): string[] {
  const old = new Set(grandfathered);
  const found: string[] = [];
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (old.has(field.name)) continue;
    const coordinate = `Mutation.${field.name}`;
    if (!isNonNullType(field.type) || !isObjectType(field.type.ofType)) {
      found.push(`${coordinate}: answers ${String(field.type)}, not a non-null …Payload object`);
      continue;
    }
    const payload = field.type.ofType;
    if (!payload.name.endsWith('Payload')) found.push(`${coordinate}: ${payload.name} is not named …Payload`);
    const userErrors = payload.getFields().userErrors;
    if (String(userErrors?.type) !== '[UserError!]!')
      found.push(
        `${coordinate}: ${payload.name}.userErrors is ${String(userErrors?.type)}, not [UserError!]!`,
      );
  }
  return found.sort();
}
