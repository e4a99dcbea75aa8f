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

export function rowShape(
  em: Pick<EntityManager, 'connection'>,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
  prefix = '',
): RowShape {
  const metadata = em.connection.getMetadata(entity);
  let byAlias = shapes.get(metadata);
  if (!byAlias) shapes.set(metadata, (byAlias = new Map<string, RowShape>()));
  const cacheKey = `${alias}\u0000${prefix}`;
  const known = byAlias.get(cacheKey);
  if (known) return known;
  const keys = metadata.columns.map(
    (column) => [column.propertyName, `${prefix}${column.propertyName}`] as const,
  );
  const shape: RowShape = {
    select: metadata.columns
      .map((column) => `${alias}.${column.databaseName} AS "${prefix}${column.propertyName}"`)
      .join(', '),
    keys,
  };
  byAlias.set(cacheKey, shape);
  return shape;
}

/** The entity's properties from a row selected with `shape`. */
export function fromRow<T>(shape: RowShape, row: Record<string, unknown>): T {
  const object: Record<string, unknown> = {};
  for (const [property, key] of shape.keys) object[property] = row[key];
  return object as T;
}
