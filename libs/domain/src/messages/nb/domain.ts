import type { CatalogueOf } from '../types';
import type { domainEn } from '../en/domain';
import { got } from './words';

/** `digits` nines and ",99" as Norwegian writes the largest amount: "9 999 999 999 999,99". */
function largestAmount(digits: number): string {
  return `${'9'.repeat(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},99`;
}

export const domainNb: CatalogueOf<typeof domainEn> = {
  EXACT_DIGITS: (p) => `må være nøyaktig ${p.digits} sifre (fikk ${got(p.got)})`,
  ORG_NUMBER_FIRST_DIGIT: (p) =>
    `${p.orgNumber} kan ikke være et organisasjonsnummer: de begynner med 8 eller 9`,
  ORG_NUMBER_NEVER_ISSUED: (p) =>
    `${p.orgNumber} kan ikke tildeles: de åtte første sifrene gir ikke noe gyldig kontrollsiffer`,
  ORG_NUMBER_CHECK_DIGIT: (p) =>
    `${p.orgNumber} har feil kontrollsiffer: forventet ${p.expected}, fikk ${p.digit}`,
  MUNICIPALITY_COUNTY_UNKNOWN: (p) =>
    `${p.municipalityNumber} begynner med ${p.county}, som ikke er et eksisterende fylkesnummer`,
  NOK_AMOUNT: (p) =>
    `må være et kronebeløp med høyst to desimaler, for eksempel «1234.50» (fikk ${got(p.got)})`,
  NOK_AMOUNT_TOO_LARGE: (p) =>
    `kan være høyst ${largestAmount(p.digits)} kr regnet uten fortegn (${p.digits} sifre før desimaltegnet; fikk ${got(p.got)})`,
  INITIATIVE_CODE_FORMAT: (p) =>
    `må være 2–40 tegn med store bokstaver, sifre og bindestreker, og begynne med en bokstav eller et siffer (fikk ${got(p.got)})`,
  NON_MONETISED_VALUE_PER_UNIT: () =>
    'en gevinst i kategorien NON_MONETISED har ingen kroneverdi per enhet: utelat den, eller velg en kategori med kroneverdi',
};
