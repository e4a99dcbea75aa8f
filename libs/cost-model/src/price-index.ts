/**
 * Fixed prices (faste priser) with the consumer price index (konsumprisindeksen, KPI).
 *
 * R-109 and DFØ's "Veileder i samfunnsøkonomiske analyser" ask for every amount of an analysis in the
 * fixed prices of one stated year, the price-base year. Amounts from the accounts (a cost item's actual
 * amount) are nominal: kroner of the year they were spent. They are brought to the price-base year with
 * SSB's consumer price index (table 03014, 2015 = 100):
 *
 *   fixed = nominal × index(price-base year) / index(year of the amount), rounded half away from zero to the øre.
 *
 * A year without a published index (the current year before SSB publishes its annual average, or a year
 * before the first in the table) takes the index of the nearest published year: the LAST published year
 * for a later year (no inflation is assumed beyond what is published), the FIRST for an earlier one. Such
 * an index is marked `estimated` with the year it was taken from, so the answer can say so.
 */
import { msg } from '@gevinst/domain';
import { CostModelError } from './errors';
import { D, toD, toOre } from './decimal';
import { formatOre, parseAmount } from './money';

/** One year's annual-average consumer price index. */
export interface PriceIndexPoint {
  year: number;
  /** the index as a decimal string, such as "133.6" (2015 = 100) */
  index: string;
}

export interface IndexOfYear {
  year: number;
  /** the index used for `year` */
  index: string;
  /** the year whose published index was used (`year` itself when published) */
  sourceYear: number;
  /** true when `year` has no published index and a neighbour's was used */
  estimated: boolean;
}

/** A checked price index: years ascending, each once, every index positive. */
export class PriceIndex {
  private readonly byYear: Map<number, { text: string; value: D }>;
  readonly firstYear: number;
  readonly lastYear: number;

  constructor(points: readonly PriceIndexPoint[]) {
    if (points.length === 0)
      throw new CostModelError('INVALID_INPUT', msg('PRICE_INDEX_EMPTY'), 'priceIndex');
    this.byYear = new Map();
    points.forEach((point, row) => {
      const path = `priceIndex[${row}]`;
      if (!Number.isSafeInteger(point.year))
        throw new CostModelError(
          'INVALID_INPUT',
          msg('WHOLE_YEAR', { got: String(point.year) }),
          `${path}.year`,
        );
      if (this.byYear.has(point.year))
        throw new CostModelError(
          'INVALID_INPUT',
          msg('PRICE_INDEX_YEAR_TWICE', { year: point.year }),
          `${path}.year`,
        );
      const value = toD(point.index, `${path}.index`, { allowNegative: false });
      if (value.isZero())
        throw new CostModelError(
          'INVALID_INPUT',
          msg('PRICE_INDEX_POSITIVE', { got: point.index }),
          `${path}.index`,
        );
      this.byYear.set(point.year, { text: point.index, value });
    });
    const years = [...this.byYear.keys()].sort((a, b) => a - b);
    this.firstYear = years[0];
    this.lastYear = years[years.length - 1];
  }

  /** The index of `year` after the rule above. */
  of(year: number): IndexOfYear {
    const sourceYear = year > this.lastYear ? this.lastYear : year < this.firstYear ? this.firstYear : year;
    const found = this.byYear.get(sourceYear);
    // A gap inside the table: the nearest earlier published year.
    if (found === undefined) {
      let earlier = sourceYear - 1;
      while (!this.byYear.has(earlier)) earlier--;
      return { ...this.of(earlier), year, estimated: true };
    }
    return { year, index: found.text, sourceYear, estimated: sourceYear !== year };
  }

  private value(year: number): D {
    return new D(this.of(year).index);
  }

  /**
   * A nominal NOK amount of `year` in the fixed prices of `priceBaseYear`:
   * amount × index(priceBaseYear) / index(year), half away from zero to the øre.
   */
  toFixedPrices(amount: string, year: number, priceBaseYear: number): string {
    const ore = parseAmount(amount, 'amount', { allowNegative: true });
    if (year === priceBaseYear) return formatOre(ore);
    const fixed = new D(ore.toString())
      .times(this.value(priceBaseYear))
      .dividedBy(this.value(year))
      .dividedBy(100);
    return formatOre(toOre(fixed));
  }
}
