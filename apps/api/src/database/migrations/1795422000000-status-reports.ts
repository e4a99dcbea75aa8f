import type { MigrationInterface, QueryRunner } from 'typeorm';

const RAG = `'GREEN','AMBER','RED'`;
const FORECASTS = `'MET','AT_RISK','NOT_MET'`;

/**
 * Status reports (issue 16): the benefit owner's report per benefit and reporting period (the owner's RAG
 * judgement beside the computed one, the cause of a deviation, the corrective action, who is responsible,
 * the next review, the forecast for the next target) and the initiative owner's period status per quarter
 * (overall RAG, summary, top risks, decisions needed from the ministry). One report per benefit and period
 * and per initiative and quarter; a replacement raises the version. Periods and due dates:
 * docs/status-reports.md (libs/domain status-report.ts).
 */
export class StatusReports1795422000000 implements MigrationInterface {
  name = 'StatusReports1795422000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benefit_status_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        benefit_id uuid NOT NULL REFERENCES benefits(id) ON DELETE CASCADE,
        period_start date NOT NULL,
        period_end date NOT NULL,
        owner_rag text NOT NULL CHECK (owner_rag IN (${RAG})),
        computed_rag text CHECK (computed_rag IN (${RAG})),
        cause text NOT NULL DEFAULT '' CHECK (length(cause) <= 5000),
        corrective_action text NOT NULL DEFAULT '' CHECK (length(corrective_action) <= 5000),
        responsible text NOT NULL DEFAULT '' CHECK (length(responsible) <= 200),
        next_review date,
        forecast text NOT NULL CHECK (forecast IN (${FORECASTS})),
        forecast_target_date date,
        forecast_value numeric(20, 6),
        reported_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reported_by_name text,
        reported_by_organisation_id uuid REFERENCES organisations(id),
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT benefit_status_reports_period_check CHECK (period_start <= period_end),
        CONSTRAINT benefit_status_reports_period_key UNIQUE (benefit_id, period_start)
      )`);
    await q.query(`
      CREATE TABLE initiative_status_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        initiative_id uuid NOT NULL REFERENCES initiatives(id) ON DELETE CASCADE,
        period_start date NOT NULL,
        period_end date NOT NULL,
        overall_rag text NOT NULL CHECK (overall_rag IN (${RAG})),
        summary text NOT NULL CHECK (length(btrim(summary)) > 0 AND length(summary) <= 5000),
        top_risks text NOT NULL DEFAULT '' CHECK (length(top_risks) <= 5000),
        decisions_needed text NOT NULL DEFAULT '' CHECK (length(decisions_needed) <= 5000),
        reported_by_user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        reported_by_name text,
        reported_by_organisation_id uuid REFERENCES organisations(id),
        is_demo boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT initiative_status_reports_period_check CHECK (period_start <= period_end),
        CONSTRAINT initiative_status_reports_period_key UNIQUE (initiative_id, period_start)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE initiative_status_reports`);
    await q.query(`DROP TABLE benefit_status_reports`);
  }
}
