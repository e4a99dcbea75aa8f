import { Injectable } from '@nestjs/common';
import { assertListWindow, listWindow, matches, type SortKeys } from '../common/list-window.js';
import { withFilter } from '../common/list-filter.js';
import { SortDirection } from '../common/sort-direction.enum.js';
import { type KostraCodesArgs, KostraCodeSortField } from './dto/kostra-codes.args.js';
import {
  CostCategory,
  LIMITS,
  Role,
  hasRole,
  isAdmin,
  isKostraCode,
  kostraCodesFor,
  mayChangeData,
  msg,
} from '@gevinst/domain';
import type { Actor } from '../auth/actor.js';
import { Mutations } from '../audit/mutation.js';
import { InputProblems, badInput, forbidden } from '../common/errors.js';
import { assertUuid } from '../common/ids.js';
import { BudgetRepository } from './budget.repository.js';

/** Whether the actor keeps the organisation's accounting settings: its finance officers, administrators. */
function mayKeepAccounts(actor: Actor, organisationId: string): boolean {
  if (!mayChangeData(actor)) return false;
  return isAdmin(actor) || (actor.organisationId === organisationId && hasRole(actor, Role.FINANCE_OFFICER));
}

/**
 * An organisation's accounting settings (issue 21): its KOSTRA codes per cost category (libs/domain's
 * suggestion unless it chose its own) and its invoice address.
 */
const CATEGORIES = Object.values(CostCategory);

const KOSTRA_CODE_SORT: SortKeys<
  { category: CostCategory; art: string; function: string },
  KostraCodeSortField
> = {
  CATEGORY: (code) => CATEGORIES.indexOf(code.category),
  ART: (code) => code.art,
  FUNCTION: (code) => code.function,
};

@Injectable()
export class KostraCodeService {
  constructor(
    private readonly budget: BudgetRepository,
    private readonly mutations: Mutations,
  ) {}

  /** Each cost category's KOSTRA art and function for the organisation (filter.organisationId, or the deprecated loose one). */
  async codes(actor: Actor, args: KostraCodesArgs) {
    const { organisationId, category, own: ownOnly, sort, offset, limit } = withFilter(args);
    if (!organisationId) throw badInput('filter.organisationId', msg('REQUIRED'));
    assertUuid('organisationId', organisationId);
    if (!isAdmin(actor) && actor.organisationId !== organisationId)
      throw forbidden(msg('ORGANISATION_ALLOCATIONS_ACCESS'));
    assertListWindow({ offset, limit });
    const own = await this.budget.kostraCodes(organisationId);
    const codes = CATEGORIES.map((category) => ({
      category,
      ...kostraCodesFor(category, own),
      own: own[category] !== undefined,
    })).filter((code) => matches(code.category, category) && matches(code.own, ownOnly));
    return listWindow(codes, { sort, offset, limit }, KOSTRA_CODE_SORT, {
      field: KostraCodeSortField.CATEGORY,
      direction: SortDirection.ASC,
    });
  }

  async set(actor: Actor, organisationId: string, category: string, art: string, fn: string) {
    assertUuid('organisationId', organisationId);
    new InputProblems()
      .check(
        'category',
        (Object.values(CostCategory) as string[]).includes(category)
          ? null
          : msg('ONE_OF', { choices: Object.values(CostCategory), got: `"${category.slice(0, 40)}"` }),
      )
      .check('art', isKostraCode(art) ? null : msg('KOSTRA_CODE_FORMAT', { got: `"${art.slice(0, 10)}"` }))
      .check('function', isKostraCode(fn) ? null : msg('KOSTRA_CODE_FORMAT', { got: `"${fn.slice(0, 10)}"` }))
      .throwIfAny();
    await this.mutations.mutate(actor, {
      load: async () => (await this.budget.kostraCodes(organisationId))[category] ?? null,
      authorise: () => {
        if (!mayKeepAccounts(actor, organisationId)) throw forbidden();
      },
      apply: () => this.budget.setKostraCode(organisationId, category, art, fn),
      audit: (before) => ({
        operation: 'setKostraCode',
        entityType: 'Organisation',
        entityId: organisationId,
        ownerOrganisationId: organisationId,
        before: before ? { category, ...before } : null,
        after: { category, art, function: fn },
      }),
    });
    return this.codes(actor, { filter: { organisationId }, offset: 0 });
  }

  async setInvoiceAddress(
    actor: Actor,
    organisationId: string,
    address: string | null,
  ): Promise<string | null> {
    assertUuid('organisationId', organisationId);
    const text = address?.trim() || null;
    new InputProblems()
      .check(
        'address',
        text && text.length > LIMITS.costItemDescription
          ? msg('TOO_LONG', { max: LIMITS.costItemDescription })
          : null,
      )
      .throwIfAny();
    await this.mutations.mutate(actor, {
      load: () => this.budget.invoiceAddress(organisationId),
      authorise: () => {
        if (!mayKeepAccounts(actor, organisationId)) throw forbidden();
      },
      apply: () => this.budget.setInvoiceAddress(organisationId, text),
      audit: (before) => ({
        operation: 'setInvoiceAddress',
        entityType: 'Organisation',
        entityId: organisationId,
        ownerOrganisationId: organisationId,
        before: { invoiceAddress: before },
        after: { invoiceAddress: text },
      }),
    });
    return text;
  }
}
