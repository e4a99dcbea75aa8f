import { formatDecimal, formatNok, formatPercent } from '../format';

type Json = Record<string, unknown>;
type Translate = (key: string, options?: Record<string, unknown>) => string;

const str = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** A key's rules in one sentence per level, for people who do not read JSON. */
export function describeSpec(spec: Json | undefined, translate: Translate): string {
  if (!spec) return '';
  const method = str(spec.method);
  const driver = str(spec.driver);
  const key = `gevinst.key_rules.${method}`;
  let text: string;
  switch (method) {
    case 'PER_UNIT':
      text = translate(key, { rate: formatNok(str(spec.rate)), driver });
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
    case 'FREE_THRESHOLD':
      text = translate(key, { driver, threshold: formatDecimal(spec.threshold as string) });
      break;
    case 'TWO_LEVEL': {
      const groups = (spec.groups as { group?: string; percent?: string; key?: Json }[] | undefined) ?? [];
      text = `${translate(key)} ${groups
        .map(
          (group) =>
            `${group.group ?? '?'} ${formatPercent(group.percent)}: ${describeSpec(group.key, translate)}`,
        )
        .join(' ')}`;
      break;
    }
    default:
      text = translate(key, { driver, _: method });
  }
  const limits: string[] = [];
  if (spec.floor) limits.push(translate('gevinst.key_rules.floor', { floor: formatNok(str(spec.floor)) }));
  if (spec.cap) limits.push(translate('gevinst.key_rules.cap', { cap: formatNok(str(spec.cap)) }));
  return limits.length ? `${text} ${limits.join(' ')}` : text;
}
