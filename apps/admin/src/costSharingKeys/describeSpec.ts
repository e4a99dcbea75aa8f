import { AdministrativeLevel, driverWords, pluralForm, type WordsLanguage } from '@gevinst/domain';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDecimal, formatNok, formatPercent } from '../format';

type Json = Record<string, unknown>;
type Translate = (key: string, options?: Record<string, unknown>) => string;

const str = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * A TWO_LEVEL group in words: the administrative levels a participant belongs to by default (CENTRAL,
 * REGIONAL, LOCAL) by their labels; a group an owner named themselves as they named it.
 */
export function groupLabel(group: string, translate: Translate): string {
  return group in AdministrativeLevel ? translate(`enums.AdministrativeLevel.${group}`) : group;
}

/** A driver's name as a select or a heading shows it: «Innbyggertall», «Antall brev». */
export function driverLabel(driver: string, language: WordsLanguage): string {
  return driverWords(driver, language).label;
}

/**
 * A key's rules in one sentence per level, for people who do not read JSON: drivers, groups and numbers
 * in words and nb-NO formats («Avgift etter innbyggertall: 0–10 000: 10 000,00 kr; …», «20,00 kr per
 * innbygger», «To nivåer: Sentralt 50 %: … Lokalt 50 %: …»), never a code (issue 17).
 */
export function describeSpec(spec: Json | undefined, translate: Translate, language: WordsLanguage): string {
  if (!spec) return '';
  const method = str(spec.method);
  const words = driverWords(str(spec.driver), language);
  const driver = lowerFirst(words.label);
  const key = `gevinst.key_rules.${method}`;
  let text: string;
  switch (method) {
    case 'PER_UNIT':
      text = translate(key, { rate: formatNok(str(spec.rate)), unit: words.one });
      break;
    case 'FIXED_SHARES':
      text = translate(key, { smart_count: Object.keys((spec.shares as Json | undefined) ?? {}).length });
      break;
    case 'BASE_PLUS_PROPORTIONAL':
      text = translate(key, { base: formatNok(str(spec.base)), driver });
      break;
    case 'BANDS': {
      const bands = (spec.bands as { upTo?: number | string; fee?: string }[] | undefined) ?? [];
      let from = '0';
      const parts = bands.map((band) => {
        const part =
          band.upTo === undefined
            ? translate('gevinst.key_rules.band_last', {
                from: formatDecimal(from),
                fee: formatNok(band.fee ?? ''),
              })
            : translate('gevinst.key_rules.band', {
                from: formatDecimal(from),
                to: formatDecimal(band.upTo),
                fee: formatNok(band.fee ?? ''),
              });
        from = String(band.upTo ?? from);
        return part;
      });
      text = `${translate(key, { driver })} ${parts.join('; ')}.`;
      break;
    }
    case 'FREE_THRESHOLD': {
      const threshold = str(spec.threshold);
      text = translate(key, {
        threshold: formatDecimal(threshold),
        units: pluralForm(words, threshold || '0', language),
      });
      break;
    }
    case 'TWO_LEVEL': {
      const groups = (spec.groups as { group?: string; percent?: string; key?: Json }[] | undefined) ?? [];
      text = `${translate(key)} ${groups
        .map((group) =>
          translate('gevinst.key_rules.group', {
            group: group.group ? groupLabel(group.group, translate) : '?',
            percent: formatPercent(group.percent),
            rules: describeSpec(group.key, translate, language),
          }),
        )
        .join(' ')}`;
      break;
    }
    default:
      text = translate(key, { driver, _: translate(`enums.CostSharingMethod.${method}`, { _: method }) });
  }
  const limits: string[] = [];
  if (spec.floor) limits.push(translate('gevinst.key_rules.floor', { floor: formatNok(str(spec.floor)) }));
  if (spec.cap) limits.push(translate('gevinst.key_rules.cap', { cap: formatNok(str(spec.cap)) }));
  return limits.length ? `${text} ${limits.join(' ')}` : text;
}

/** describeSpec in the UI's language. */
export function useDescribeSpec(): (spec: Json | undefined) => string {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (spec) => describeSpec(spec, translate, locale === 'en' ? 'en' : 'nb');
}
