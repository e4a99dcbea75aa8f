import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Rows shaped for the response without TypeORM's entity hydration: the columns of an entity selected under
 * `<prefix><property>` aliases, and a plain object of its properties built from such a row. A hot list
 * (initiatives with their owner, ministry and participants; allocation lines with their initiative) reads
 * several entities in one statement this way and hands the objects straight to GraphQL. The column types
 * are those the driver gives the entity (numeric and date as strings: database/type-parsers.ts).
 */
export interface RowShape {
  /** `alias.column AS "prefixproperty", …` */
  select: string;
  /** [property, row key] pairs */
  readonly keys: readonly (readonly [string, string])[];
}

const shapes = new WeakMap<object, Map<string, RowShape>>();

/**
 * The shape of the entity's columns under `alias` (the row keys prefixed with `prefix`); with `properties`,
 * of only the columns of those properties (see `columnsFor`), in the entity's column order.
 */
export function rowShape(
  em: Pick<EntityManager, 'connection'>,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  prefix = '',
  properties?: readonly string[],
): RowShape {
  const metadata = em.connection.getMetadata(entity);
  let byAlias = shapes.get(metadata);
  if (!byAlias) shapes.set(metadata, (byAlias = new Map<string, RowShape>()));
  const cacheKey = `${alias}\u0000${prefix}\u0000${properties?.join(',') ?? '*'}`;
  const known = byAlias.get(cacheKey);
  if (known) return known;
  const columns = properties
    ? metadata.columns.filter((column) => properties.includes(column.propertyName))
    : metadata.columns;
  const keys = columns.map((column) => [column.propertyName, `${prefix}${column.propertyName}`] as const);
  const shape: RowShape = {
    select: columns
      .map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.propertyName}"`)
      .join(', '),
    keys,
  };
  byAlias.set(cacheKey, shape);
  return shape;
}

/**
 * The entity's properties from a row selected with `shape`, added to `object` (properties the caller
 * already knows without reading them again, such as a joined entity's id).
 */
export function fromRow<T>(
  shape: RowShape,
  row: Record<string, unknown>,
  object: Record<string, unknown> = {},
): T {
  for (const [property, key] of shape.keys) object[property] = row[key];
  return object as T;
}

/**
 * The column properties of the entity an answer needs, given the fields it selects on the entity's GraphQL
 * type (common/selection.ts): the selected fields that are columns, and `always` (keys the code itself
 * reads). Undefined, meaning every column, when a selected field is neither a column nor in `handled`
 * (`__typename`, or fields the caller fills itself): a field resolver may read any column.
 */
export function columnsFor(
  em: Pick<EntityManager, 'connection'>,
  entity: EntityTarget<ObjectLiteral>,
  selected: ReadonlySet<string>,
  always: readonly string[],
  handled: readonly string[] = [],
): string[] | undefined {
  const metadata = em.connection.getMetadata(entity);
  const columns = new Set(metadata.columns.map((column) => column.propertyName));
  const properties = new Set(always);
  for (const field of selected) {
    if (columns.has(field)) properties.add(field);
    else if (field !== '__typename' && !handled.includes(field)) return undefined;
  }
  return metadata.columns.map((column) => column.propertyName).filter((property) => properties.has(property));
}
