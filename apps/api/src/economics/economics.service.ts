import { isCostModelError } from '@gevinst/cost-model';
import { Injectable } from '@nestjs/common';
import { BenefitLoaders } from '../benefit/benefit.loaders.js';
import type { RequestLoaders } from '../common/request-loaders.js';
import { CostItemLoaders } from '../cost-item/cost-item.loaders.js';
import { PriceIndexLoaders } from '../price-index/price-index.loaders.js';
import { benefitStartYear, initiativePeriod } from '../realisation/analysis-period.js';
import { BenefitCalculator } from '../realisation/benefit-figures.js';
import { badInput } from '../common/errors.js';
import { todayInNorway, yearOf } from '../common/today.js';
import { DiscountRatePeriodInput } from './dto/discount-rate-period.input.js';
import { initiativeEconomics } from './economics.js';
import type { InitiativeEconomicsModel } from './initiative-economics.model.js';

export interface EconomicsArgs {
  discountRates?: DiscountRatePeriodInput[] | null;
  taxFinancingCost?: string | null;
  baseYear?: number | null;
  toYear?: number | null;
  lifetimeYears?: number | null;
  residualValue?: string | null;
  priceBaseYear?: number | null;
  asOf?: string | null;
}

@Injectable()
export class EconomicsService {
  /** An initiative's economics from the request's batch loaders (a page of initiatives costs a few queries). */
  async forInitiative(
    initiative: {
      id: string;
      startDate: string | null;
      lifetimeYears?: number | null;
      residualValue?: string | null;
      priceBaseYear?: number | null;
    },
    loaders: RequestLoaders,
    args: EconomicsArgs,
  ): Promise<InitiativeEconomicsModel> {
    const asOf = args.asOf ?? todayInNorway();
    const [costRows, figures, benefits, priceIndex] = await Promise.all([
      loaders.of(CostItemLoaders).costYearsOfInitiative.load(initiative.id),
      loaders.of(BenefitLoaders).benefitFiguresOfInitiative.load(`${initiative.id}|${asOf}`),
      loaders.of(BenefitLoaders).benefitsOfInitiative.load(initiative.id),
      loaders.of(PriceIndexLoaders).all(),
    ]);
    const calculators = figures.plans.map(
      (plan) => new BenefitCalculator(plan, figures.measurements.get(plan.id) ?? [], asOf),
    );
    try {
      const period = initiativePeriod(
        {
          startYear: initiative.startDate ? yearOf(initiative.startDate) : null,
          costYears: costRows.map((row) => row.year),
          benefitStartYears: calculators.filter((c) => c.monetised).map(benefitStartYear),
        },
        asOf,
        // The initiative's own settings unless the arguments say otherwise (toYear replaces the lifetime).
        {
          lifetimeYears:
            args.lifetimeYears ??
            (args.toYear === undefined || args.toYear === null ? initiative.lifetimeYears : null),
          toYear: args.toYear,
        },
      );
      return initiativeEconomics(period, costRows, calculators, benefits, priceIndex, asOf, {
        discountRates: args.discountRates?.map((period) => ({
          rate: period.rate,
          ...(period.throughYear === undefined || period.throughYear === null
            ? {}
            : { throughYear: period.throughYear }),
        })),
        taxFinancingCost: args.taxFinancingCost,
        baseYear: args.baseYear,
        residualValue: args.residualValue ?? initiative.residualValue,
        priceBaseYear: args.priceBaseYear ?? initiative.priceBaseYear,
      });
    } catch (error) {
      // The options are the caller's input: name them as the arguments are named.
      if (isCostModelError(error) && error.path?.startsWith('options.'))
        throw badInput(error.path.slice('options.'.length), error.problem);
      throw error;
    }
  }
}
