import { CostCategory } from '@gevinst/domain';
import { KostraCodesArgs } from './dto/kostra-codes.args.js';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor.js';
import { CurrentActor } from '../auth/auth.decorators.js';
import { ALLOCATION_SUMMARY_POINTS, computed } from '../graphql/complexity.js';
import { BudgetForecastService } from './budget-forecast.service.js';
import { Payload, type PayloadMapper } from '../common/payload.js';
import {
  AdoptBudgetForecastPayload,
  BudgetForecastModel,
  InvoiceBasisModel,
  KeyConfirmationsModel,
  KeyDecisionEnum,
  KostraCodeModel,
  RespondToKeyInput,
  RespondToKeyPayload,
  SetInvoiceAddressPayload,
  SetKostraCodePayload,
} from './budget.models.js';
import { InvoiceBasisService } from './invoice-basis.service.js';
import { KeyConfirmationService } from './key-confirmation.service.js';
import { KostraCodeService } from './kostra-code.service.js';

@Resolver()
export class BudgetResolver {
  constructor(
    private readonly forecasts: BudgetForecastService,
    private readonly invoices: InvoiceBasisService,
    private readonly confirmations: KeyConfirmationService,
    private readonly kostra: KostraCodeService,
  ) {}

  @Query(() => BudgetForecastModel, {
    complexity: computed(ALLOCATION_SUMMARY_POINTS),
    description:
      'The paying organisation’s four-year forecast: per initiative and budget year what a run of the year would allocate to it now (the same computation as runAllocation), with KOSTRA codes and the deviation from the adopted budget. Users of the organisation and administrators; FORBIDDEN otherwise. Also as a workbook at GET /api/exports/budget-forecast.xlsx.',
  })
  budgetForecast(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID, description: 'The paying organisation.' })
    organisationId: string,
    @Args('startYear', {
      type: () => Int,
      nullable: true,
      description: 'The first budget year; default next year.',
    })
    startYear?: number | null,
  ) {
    return this.forecasts.forecast(actor, organisationId, startYear ?? undefined);
  }

  @Mutation(() => AdoptBudgetForecastPayload, {
    description:
      'Marks the organisation’s forecast of `year` as adopted in its budget (stores the amounts per initiative, audited); answers the forecast from that year.',
  })
  adoptBudgetForecast(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID, description: 'The paying organisation.' })
    organisationId: string,
    @Args('year', { type: () => Int, description: 'The budget year adopted.' }) year: number,
    @Payload() payload: PayloadMapper,
  ): Promise<AdoptBudgetForecastPayload> {
    return payload.of(
      () => this.forecasts.adopt(actor, organisationId, year),
      (budgetForecast) => ({ budgetForecast: budgetForecast as BudgetForecastModel }),
      { budgetForecast: null },
    );
  }

  @Query(() => InvoiceBasisModel, {
    description:
      'The invoice basis of an allocation run: one line per paying organisation, and for a superseding run the credit-and-reissue basis. For whoever may see the run. Also as files at GET /api/exports/invoice-basis.csv and .xlsx.',
  })
  async invoiceBasis(
    @CurrentActor() actor: Actor,
    @Args('runId', { type: () => ID, description: 'The allocation run.' }) runId: string,
  ): Promise<InvoiceBasisModel> {
    const basis = await this.invoices.basis(actor, runId);
    return { ...basis, runId: basis.run.id, year: basis.run.year };
  }

  @Query(() => KeyConfirmationsModel, {
    description:
      'Who of the initiative’s paying participants has confirmed, objected to (with comment) or not answered the current version of its key. For the owner, the responsible ministry’s reviewers and administrators.',
  })
  keyConfirmations(
    @CurrentActor() actor: Actor,
    @Args('initiativeId', { type: () => ID, description: 'The initiative.' }) initiativeId: string,
  ) {
    return this.confirmations.confirmations(actor, initiativeId);
  }

  @Mutation(() => RespondToKeyPayload, {
    description:
      'Your organisation (a paying participant) confirms or objects to the current version of the initiative’s key; answering again replaces the answer. Audited.',
  })
  respondToKey(
    @CurrentActor() actor: Actor,
    @Args('input', { description: "The key version and your organisation's response." })
    input: RespondToKeyInput,
    @Payload() payload: PayloadMapper,
  ): Promise<RespondToKeyPayload> {
    return payload.of(
      () => this.confirmations.respond(actor, input),
      (row) => ({
        keyConfirmation: {
          decision: row.decision as KeyDecisionEnum,
          comment: row.comment,
          decidedAt: row.decided_at,
        },
      }),
      { keyConfirmation: null },
    );
  }

  @Query(() => [KostraCodeModel], {
    description:
      'The KOSTRA art and function the organisation posts each cost category on (its own or the suggestion).',
  })
  kostraCodes(@CurrentActor() actor: Actor, @Args() args: KostraCodesArgs) {
    return this.kostra.codes(actor, args);
  }

  @Mutation(() => SetKostraCodePayload, {
    description: 'Sets the KOSTRA art and function the organisation posts a cost category on. Audited.',
  })
  setKostraCode(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID, description: 'The organisation.' }) organisationId: string,
    @Args('category', { type: () => CostCategory, description: 'The cost category.' }) category: CostCategory,
    @Args('art', { description: 'The KOSTRA art, three digits.' }) art: string,
    @Args('function', { description: 'The KOSTRA function, three digits.' }) fn: string,
    @Payload() payload: PayloadMapper,
  ): Promise<SetKostraCodePayload> {
    return payload.of(
      () => this.kostra.set(actor, organisationId, category, art, fn),
      (kostraCodes) => ({ kostraCodes }),
      { kostraCodes: null },
    );
  }

  @Mutation(() => SetInvoiceAddressPayload, {
    description:
      'Sets (or, with null, clears) the organisation’s invoice address for invoice bases. Audited.',
  })
  setInvoiceAddress(
    @CurrentActor() actor: Actor,
    @Args('organisationId', { type: () => ID, description: 'The organisation.' }) organisationId: string,
    @Args('address', { type: () => String, nullable: true, description: 'The address; null clears it.' })
    address: string | null,
    @Payload() payload: PayloadMapper,
  ): Promise<SetInvoiceAddressPayload> {
    return payload.of(
      () => this.kostra.setInvoiceAddress(actor, organisationId, address),
      (invoiceAddress) => ({ organisationId, invoiceAddress }),
      { organisationId: null, invoiceAddress: null },
    );
  }
}
