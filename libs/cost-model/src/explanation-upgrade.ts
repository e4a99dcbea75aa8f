/**
 * Norwegian explanations stored before issue 17 («kr 2000000,00», «innbyggertall 291940», «Gruppe LOCAL
 * (lokalt nivå)», «letters 180000») rewritten in the words and number format allocate() writes now
 * («2 000 000,00 kr», «291 940 innbyggere», «Lokalt nivå (kommunene)», «180 000 brev»). Only the words
 * and the layout of the figures change: every figure keeps its digits, so a run stays what it was. Used
 * by the migration that upgrades the stored lines (1795422500000-explanation-words); the cost-model
 * spec checks it against allocate() on the worked examples.
 */
import { KNOWN_DRIVERS, driverLabel, driverValueText, groupDigits, groupLabel } from './labels';

const NBSP = '\u00a0';

/** A figure as the old texts wrote it: digits, a decimal comma, and "…" when truncated. */
const FIGURE = String.raw`-?\d+(?:,\d+)?…?`;

const OLD_AMOUNT = new RegExp(`kr (${FIGURE})`, 'g');
const OLD_POPULATION = new RegExp(`([Ii])nnbyggertall (${FIGURE})`, 'g');
const OLD_DRIVER = new RegExp(
  `(?<![\\p{L}\\d_])(letters|transactions|users|employees|cases) (${FIGURE})`,
  'gu',
);
const OLD_GROUP = /(?<![\p{L}])Gruppe (\S+?)(?: \((?:sentralt|regionalt|lokalt) nivå\))? får /gu;
/** The Norwegian units of the drivers in the catalogue (labels.ts), singular and plural, to the driver. */
const UNIT_DRIVER: Record<string, string> = Object.fromEntries(
  KNOWN_DRIVERS.flatMap((driver) => [
    [driverLabel(driver, 'nb', 1), driver],
    [driverLabel(driver, 'nb', 2), driver],
  ]),
);
const PER_UNIT = new RegExp(
  `(${FIGURE}) (${Object.keys(UNIT_DRIVER).join('|')}) × (${FIGURE} kr) per enhet`,
  'g',
);
/** A run of four or more digits that starts a number (not the decimals after a comma, not in a name). */
const LONG_NUMBER = /(?<![\p{L}\d_,.\u00a0])\d{4,}/gu;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A Norwegian explanation in today's words and number format; already upgraded text stays the same. */
export function upgradeExplanationNb(text: string): string {
  return (
    text
      .replace(OLD_GROUP, (_, group: string) => `${capitalised(groupLabel(group, 'nb'))} får `)
      .replace(OLD_POPULATION, (_, _i: string, value: string) => driverValueText('population', 'nb', value))
      .replace(OLD_DRIVER, (_, driver: string, value: string) => driverValueText(driver, 'nb', value))
      .replace(OLD_AMOUNT, (_, figure: string) => `${figure} kr`)
      // a rate per unit of a driver in the catalogue is now per one of its units: «per innbygger»
      .replace(PER_UNIT, (_, value: string, unit: string, rate: string) => {
        const driver = UNIT_DRIVER[unit];
        return `${value} ${unit} × ${rate} per ${driverLabel(driver, 'nb', 1)}`;
      })
      // a TWO_LEVEL group with a name of its own was «Gruppe Nord»: now «Gruppen «Nord»»
      .replace(LONG_NUMBER, (digits: string) => groupDigits(digits, NBSP))
  );
}

/** English explanations: only the TWO_LEVEL group's code («Group LOCAL gets») is now in words. */
export function upgradeExplanationEn(text: string): string {
  return text.replace(
    /(?<![\p{L}])Group (\S+?) gets /gu,
    (_, group: string) => `${capitalised(groupLabel(group, 'en'))} gets `,
  );
}
