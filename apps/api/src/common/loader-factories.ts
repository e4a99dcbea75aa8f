import DataLoader from 'dataloader';
import {
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  In,
  type ObjectLiteral,
} from 'typeorm';

export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * A loader of records by primary key: one query for all the ids asked for in a tick, null where none.
 * `db` is read when the batch runs, so loaders can be created as class fields.
 */
export function loaderById<E extends ObjectLiteral & { id: string }>(
  db: () => EntityManager,
  entity: EntityTarget<E>,
): DataLoader<string, E | null> {
  return new DataLoader<string, E | null>(async (ids) => {
    const rows = await db()
      .getRepository(entity)
      .findBy({ id: In([...ids]) } as FindOptionsWhere<E>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A loader of the records whose `column` holds each key (children of a parent), in `order`. */
export function loaderOfMany<E extends ObjectLiteral>(
  db: () => EntityManager,
  entity: EntityTarget<E>,
  column: keyof E & string,
  order: FindOptionsOrder<E>,
): DataLoader<string, E[]> {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await db()
      .getRepository(entity)
      .find({ where: { [column]: In([...keys]) } as FindOptionsWhere<E>, order });
    const groups = groupBy(rows, (row) => row[column] as unknown);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
