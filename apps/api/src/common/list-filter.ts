/**
 * Lists that took loose arguments before they took a `filter` input (issue 19): the filter's fields,
 * where given, take the place of the deprecated loose arguments of the same name, so a service reads one
 * set of fields whichever way the caller asked.
 */
export function withFilter<A extends { filter?: object | null }>(
  args: A,
): Omit<A, 'filter'> & Partial<NonNullable<A['filter']>> {
  const { filter, ...loose } = args;
  const given = Object.entries(filter ?? {}).filter(([, value]) => value !== undefined && value !== null);
  return { ...loose, ...Object.fromEntries(given) };
}
