import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One organisation's allocation lines in a year, read from the index alone. A municipality's page of
 * lines filters on (organisation_id, year), sums and sorts every matching line, and shows the first page.
 * The lines are wide (two explanation texts of about 400 characters each, so about eight lines fit on a
 * heap page), and one municipality's lines of a year come from hundreds of runs written apart, so each
 * matching line sat on a heap page of its own: 600–950 page reads a request on the national data set,
 * 45–250 ms for a municipality not read recently. With every column the page sorts and sums on in the
 * index (INCLUDE), the filter, the sums and the sort are an index-only scan (lines are never updated, so
 * their heap pages stay all-visible), and the heap is read for the texts of the page's own lines only
 * (docs/performance.md, issue 18: 13–16 ms for such a municipality).
 */
export class AllocationLinesOrgYearCovering1795423880000 implements MigrationInterface {
  name = 'AllocationLinesOrgYearCovering1795423880000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX allocation_lines_org_year_cover ON allocation_lines (organisation_id, year)
         INCLUDE (run_id, initiative_id, cost_item_id, cost_category, key_version_id,
                  planned_amount, actual_amount, share, id)`,
    );
    await q.query(`DROP INDEX allocation_lines_org_year_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX allocation_lines_org_year_idx ON allocation_lines (organisation_id, year)`);
    await q.query(`DROP INDEX allocation_lines_org_year_cover`);
  }
}
