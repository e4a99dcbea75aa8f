import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Benefits valued over time (issue 14): `effect_start` is the date a benefit's effect can begin (null: its
 * baseline date), and `indicator_kind` says how its indicator's values turn into NOK a year — RATE (an annual
 * rate or a level, valued at its time-weighted average over the year) or PERIOD_TOTAL (the total of the
 * calendar year ending at the value's date). Existing benefits are RATE from their baseline date, which is
 * what the year-end valuation assumed.
 */
export class BenefitEffectStart1795421810000 implements MigrationInterface {
  name = 'BenefitEffectStart1795421810000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE benefits ADD COLUMN effect_start date`);
    await q.query(
      `ALTER TABLE benefits ADD COLUMN indicator_kind text NOT NULL DEFAULT 'RATE' CHECK (indicator_kind IN ('RATE', 'PERIOD_TOTAL'))`,
    );
    await q.query(
      `ALTER TABLE benefits ADD CONSTRAINT benefits_effect_start_after_baseline CHECK (effect_start IS NULL OR effect_start >= baseline_date)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE benefits DROP CONSTRAINT benefits_effect_start_after_baseline`);
    await q.query(`ALTER TABLE benefits DROP COLUMN indicator_kind`);
    await q.query(`ALTER TABLE benefits DROP COLUMN effect_start`);
  }
}
