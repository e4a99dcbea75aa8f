import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { indicatorDecimals, perUnit, pluralForm, unitForms } from '@gevinst/domain';
import { DISPLAY_LOCALE } from '../format';
import type { Benefit } from './benefits.graphql';

/** An indicator value with the indicator's decimals, nb-NO: ("3284.931507", 0) → "3 285". */
export function formatIndicatorValue(value: string | number, decimals: number): string {
  const number = typeof value === 'number' ? value : value.trim();
  if (typeof number === 'string' && !/^-?\d+(\.\d+)?$/.test(number)) return String(value);
  return new Intl.NumberFormat(DISPLAY_LOCALE, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(number as Intl.StringNumericLiteral);
}

/** A value with its unit in the form the count needs: «1 sak», «3 285 saker»; «–» for none. */
export function formatWithUnit(
  value: string | number | null | undefined,
  decimals: number,
  unit: string,
  language: 'nb' | 'en',
): string {
  if (value === null || value === undefined || value === '') return '–';
  const text = formatIndicatorValue(value, decimals);
  return `${text} ${pluralForm(unitForms(unit), text.replace(',', '.'), language)}`;
}

/**
 * How a benefit's indicator values are shown: with the indicator's precision (the most decimals among
 * its entered baseline, targets and measurements; libs/domain indicator-precision.ts) and the unit in
 * the right form, and «per sak» for a value per unit (issue 17).
 */
export function useIndicatorFormat(benefit: Benefit | undefined) {
  const [locale] = useLocaleState();
  const language = locale === 'en' ? 'en' : 'nb';
  return useMemo(() => {
    const entered = [
      benefit?.baseline.value,
      ...(benefit?.targets ?? []).map((target) => target.value),
      ...(benefit?.planInForce
        ? [benefit.planInForce.baseline.value, ...benefit.planInForce.targets.map((target) => target.value)]
        : []),
      ...(benefit?.measurements ?? []).map((measurement) => measurement.value),
    ];
    const decimals = indicatorDecimals(entered);
    const unit = benefit?.indicator.unit ?? '';
    return {
      decimals,
      withUnit: (value: string | number | null | undefined) =>
        formatWithUnit(value, decimals, unit, language),
      value: (value: string | number | null | undefined) =>
        value === null || value === undefined || value === '' ? '–' : formatIndicatorValue(value, decimals),
      perUnit: perUnit(unit),
    };
  }, [benefit, language]);
}
