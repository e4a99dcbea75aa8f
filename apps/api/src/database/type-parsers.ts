/**
 * Type handling shared by the `pg` server driver and PGlite, so both return the same JavaScript shapes:
 * `bigint` and `numeric` as strings (never lossy floats), `date` as "YYYY-MM-DD" strings (no time-zone
 * shifts), timestamps as Date objects.
 */
export const TYPE_OIDS = { INT8: 20, NUMERIC: 1700, DATE: 1082 } as const;

const passThrough = (value: string) => value;

export function pgTypeOverrides(getDefault: (oid: number, format?: string) => unknown) {
  return {
    getTypeParser(oid: number, format?: string): unknown {
      if (oid === TYPE_OIDS.INT8 || oid === TYPE_OIDS.NUMERIC || oid === TYPE_OIDS.DATE) return passThrough;
      return getDefault(oid, format);
    },
  };
}
