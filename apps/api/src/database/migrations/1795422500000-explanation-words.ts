import { upgradeExplanationEn, upgradeExplanationNb } from '@gevinst/cost-model';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lines rewritten per statement: keeps memory flat on a national-scale database. */
const BATCH = 5000;

/**
 * Issue 17: the explanations of stored allocation lines in today's words and number formats («kr
 * 2000000,00» → «2 000 000,00 kr», «innbyggertall 291940» → «291 940 innbyggere», «Gruppe LOCAL» →
 * «Lokalt nivå (kommunene)»; in English only «Group LOCAL» → «Local level»), as cost-model's
 * upgradeExplanationNb/En write them (the same words allocate() writes for new runs, checked in
 * libs/cost-model/src/labels.spec.ts). Only the two explanation columns change, and every figure keeps
 * its digits: amounts, shares, runs and their inputs are not touched. The lines are immutable
 * (allocation_immutable); the trigger is disabled for this one statement per batch inside the migration's
 * transaction and enabled again before it ends.
 *
 * `down` cannot bring the old layout back (the rewrite drops nothing a reader needs, but it is not
 * reversible text by text): it leaves the texts as they are, so reverting the schema stays possible.
 */
export class ExplanationWords1795422500000 implements MigrationInterface {
  name = 'ExplanationWords1795422500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_lines DISABLE TRIGGER allocation_lines_immutable`);
    let after = '0';
    for (;;) {
      const rows = (await q.query(
        `SELECT id::text AS id, explanation, explanation_nb FROM allocation_lines
          WHERE id > $1::bigint ORDER BY id LIMIT ${BATCH}`,
        [after],
      )) as { id: string; explanation: string; explanation_nb: string | null }[];
      if (!rows.length) break;
      after = rows[rows.length - 1].id;
      const changed = rows
        .map((row) => ({
          id: row.id,
          en: upgradeExplanationEn(row.explanation),
          nb: row.explanation_nb === null ? null : upgradeExplanationNb(row.explanation_nb),
          row,
        }))
        .filter(({ en, nb, row }) => en !== row.explanation || nb !== row.explanation_nb);
      if (!changed.length) continue;
      await q.query(
        `UPDATE allocation_lines l SET explanation = u.en, explanation_nb = u.nb
           FROM unnest($1::bigint[], $2::text[], $3::text[]) AS u(id, en, nb)
          WHERE l.id = u.id`,
        [changed.map((c) => c.id), changed.map((c) => c.en), changed.map((c) => c.nb)],
      );
    }
    await q.query(`ALTER TABLE allocation_lines ENABLE TRIGGER allocation_lines_immutable`);
  }

  async down(): Promise<void> {
    // Nothing to undo in the schema; the texts stay in today's words (see above).
  }
}
