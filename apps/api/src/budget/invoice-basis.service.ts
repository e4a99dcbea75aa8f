import { Injectable } from '@nestjs/common';
import { type CreditReissueLine, creditReissue, invoiceBasis, sumNok } from '@gevinst/cost-model';
import type { Actor } from '../auth/actor.js';
import { AllocationService } from '../allocation/allocation.service.js';
import type { AllocationRunEntity } from '../allocation/allocation-run.entity.js';
import { notFound } from '../common/errors.js';
import { InitiativeRepository } from '../initiative/initiative.repository.js';
import { BudgetRepository, type InvoiceLineRow } from './budget.repository.js';

/** One invoice line: what one paying organisation is invoiced for a run. */
export interface InvoiceBasisRow {
  organisationId: string;
  orgNumber: string;
  name: string;
  invoiceAddress: string | null;
  amount: string;
  /** The budget year's first and last day ("2024-01-01", "2024-12-31"). */
  periodFrom: string;
  periodTo: string;
  initiativeCode: string;
  initiativeName: string;
  /** The key(s) of the run with their versions: "[Demo] DigiFin – 20 kr per innbygger v1". */
  key: string;
  /** How the amount was computed, in Norwegian (the lines' own explanations). */
  explanation: string;
  /** What the payer matches the invoice with: "<run id>/<line id>[+<line id>…]". */
  reference: string;
}

/** A credit-and-reissue line: the difference for one payer between the superseded run and this one. */
export interface CreditReissueRow extends CreditReissueLine {
  orgNumber: string;
  name: string;
  invoiceAddress: string | null;
  reference: string;
}

export interface InvoiceBasis {
  run: AllocationRunEntity;
  rows: InvoiceBasisRow[];
  total: string;
  supersededRunId: string | null;
  /** Present when the run superseded another: per payer whose amount changed, the difference. */
  difference: { rows: CreditReissueRow[]; total: string; previousTotal: string } | null;
}

/** "[Demo] DigiFin – 20 kr per innbygger v1" for each key version the run recorded. */
function keysOf(run: AllocationRunEntity): string {
  const versions = Array.isArray(run.inputs.keyVersions)
    ? (run.inputs.keyVersions as { keyName: string; version: number }[])
    : [];
  return versions.map((v) => `${v.keyName} v${v.version}`).join('; ');
}

/**
 * The owner's invoice basis of an allocation run (issue 21): one line per paying organisation, computed
 * from the run's stored lines only, so it is as immutable as the run. For a run that superseded another,
 * the credit-and-reissue basis: per payer, the new amount − the old (cost-model's creditReissue).
 * Who may see it: whoever may see the run (the initiative's whole financial detail).
 */
@Injectable()
export class InvoiceBasisService {
  constructor(
    private readonly allocations: AllocationService,
    private readonly initiatives: InitiativeRepository,
    private readonly budget: BudgetRepository,
  ) {}

  async basis(actor: Actor, runId: string): Promise<InvoiceBasis> {
    const run = await this.allocations.findRun(actor, runId);
    const initiative = await this.initiatives.findById(run.initiativeId);
    if (!initiative) throw notFound('Initiative', run.initiativeId);
    const common = {
      periodFrom: `${run.year}-01-01`,
      periodTo: `${run.year}-12-31`,
      initiativeCode: initiative.code,
      initiativeName: initiative.name,
      key: keysOf(run),
    };
    const lines = await this.budget.invoiceLines(run.id);
    const payers = new Map<string, InvoiceLineRow[]>();
    for (const line of lines)
      payers.set(line.organisation_id, [...(payers.get(line.organisation_id) ?? []), line]);
    const basis = invoiceBasis(
      lines.map((l) => ({ lineId: l.line_id, organisationId: l.organisation_id, amount: l.planned_amount })),
    );
    const rows: InvoiceBasisRow[] = basis.map((line) => {
      const own = payers.get(line.organisationId)!;
      return {
        organisationId: line.organisationId,
        orgNumber: own[0].org_number,
        name: own[0].name,
        invoiceAddress: own[0].invoice_address,
        amount: line.amount,
        ...common,
        explanation: own.map((l) => l.explanation_nb ?? l.explanation).join(' '),
        reference: `${run.id}/${line.lineIds.join('+')}`,
      };
    });
    const total = sumNok(rows.map((r) => r.amount));
    const supersededRunId = await this.budget.supersededBy(run.id);
    let difference: InvoiceBasis['difference'] = null;
    if (supersededRunId) {
      const previousLines = await this.budget.invoiceLines(supersededRunId);
      const names = new Map<string, { org_number: string; name: string; invoice_address: string | null }>();
      for (const l of [...previousLines, ...lines]) names.set(l.organisation_id, l);
      const previous = invoiceBasis(
        previousLines.map((l) => ({
          lineId: l.line_id,
          organisationId: l.organisation_id,
          amount: l.planned_amount,
        })),
      );
      const diff = creditReissue(previous, basis);
      difference = {
        rows: diff.map((d) => {
          const who = names.get(d.organisationId)!;
          return {
            ...d,
            orgNumber: who.org_number,
            name: who.name,
            invoiceAddress: who.invoice_address,
            reference: `${run.id}/${supersededRunId}`,
          };
        }),
        total: sumNok(diff.map((d) => d.difference)),
        previousTotal: sumNok(previous.map((p) => p.amount)),
      };
    }
    return { run, rows, total, supersededRunId, difference };
  }
}
