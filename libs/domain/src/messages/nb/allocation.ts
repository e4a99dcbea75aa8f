import type { CatalogueOf } from '../types';
import type { allocationEn } from '../en/allocation';
import { driverWords } from '../../words';
import { got } from './words';

/** "5000.00" as Norwegian writes an amount: "kr 5000,00". */
const kr = (amount: string): string => `kr ${amount.replace('.', ',')}`;

/** "Oslo (958935420), Bergen (964338531) og 3 til". */
const someOf = (organisations: readonly string[], more: number): string =>
  `${organisations.join(', ')}${more ? ` og ${more} til` : ''}`;

export const allocationNb: CatalogueOf<typeof allocationEn> = {
  INITIATIVE_FINANCIALS_ACCESS: () =>
    'Du har ikke tilgang til de økonomiske detaljene i dette initiativet (alle deltakernes beløp): de er for eierorganisasjonen, det ansvarlige departementets porteføljeansvarlige og administratorer',
  ORGANISATION_ALLOCATIONS_ACCESS: () =>
    'Du har ikke tilgang til kostnadsfordelingene til denne organisasjonen',
  NO_PAYING_PARTICIPANTS: (p) =>
    `${p.initiative} har ingen betalende deltakere: merk deltakere som betalende (pays: true) før du fordeler`,
  POPULATION_MISSING: (p) => `innbyggertall for ${p.year} mangler for ${someOf(p.organisations, p.more)}`,
  DRIVER_VALUE_MISSING: (p) =>
    `fordelingsgrunnlaget «${driverWords(p.driver, 'nb').label}» for ${p.year} mangler for ${someOf(p.organisations, p.more)}: legg inn grunnlaget for initiativet og året`,
  COST_ITEM_PROBLEM: (p) => `kostnadspost «${p.description}» (${p.category}, ${p.year}): ${p.problemNb}`,
  RUN_SUPERSEDED_MEANWHILE: (p) =>
    `En annen fordelingskjøring (${p.runId}, ${p.createdAt}) er nå den gjeldende for ${p.initiative} ${p.year}: last inn på nytt og kjør igjen`,
  NO_CURRENT_RUN: (p) => `Det finnes ingen gjeldende kjøring for ${p.initiative} ${p.year} som kan erstattes`,
  KEY_OR_SPEC: (p) => `oppgi keyId eller spec: ${p.initiative} har ingen fordelingsnøkkel`,
  NO_COST_ITEMS_TO_PREVIEW: (p) =>
    `${p.initiative} har ingen kostnadsposter i ${p.year}: oppgi en totalsum for å forhåndsvise fordelingen`,
  NO_COST_ITEMS_TO_ALLOCATE: (p) =>
    `${p.initiative} har ingen kostnadsposter i ${p.year}: ingenting å fordele`,
  COST_ITEM_WITHOUT_KEY: (p) =>
    `«${p.item}» har ingen fordelingsnøkkel, og ${p.initiative} har ingen standardnøkkel`,
  KEY_NOT_VALID_IN_YEAR: (p) =>
    `nøkkelen «${p.key}» v${p.version} gjelder fra ${p.from} til ${p.to}, ikke i ${p.year}`,
  POPULATION_NOT_ENTERED: () =>
    'innbyggertall hentes fra det lagrede innbyggertallet for nøkkelens år; det registreres ikke her',
  DRIVER_NAME_FORMAT: (p) =>
    `må begynne med en liten bokstav og bare inneholde bokstaver, sifre og _ (høyst ${p.max} tegn)`,
  VALUES_REQUIRED: () => 'oppgi minst én verdi',
  DRIVER_VALUE_FORMAT: (p) =>
    `må være et ikke-negativt tall med høyst ${p.decimals} desimaler (fikk ${got(p.got)})`,
  DRIVER_VALUE_ONE_OF: (p) =>
    p.given === 'both'
      ? 'oppgi enten decimalValue eller value, ikke begge'
      : 'må fylles ut: oppgi decimalValue (eller den utfasede value)',
  NOT_PARTICIPATING: (p) => `organisasjonen ${p.organisationId} deltar ikke i ${p.initiative}`,
  ALLOCATION_DIFFERENCE: (p) =>
    `fordelingen av ${p.initiative} for ${p.year} stemmer ikke med kostnadspostene: kostnadspostene utgjør ${kr(p.costItemAmount)} og nøklene fordeler ${kr(p.allocatedTotal)}, en differanse på ${kr(p.difference)} (kostnadsposter − fordelt; ${p.items.map((item) => `«${item}»`).join(', ')}). Velg avstemming SET_COST_ITEM_FROM_KEY for å sette kostnadspostenes planlagte beløp til det nøklene fordeler, eller ACCEPT_DIFFERENCE for å gjøre kjøringen og registrere differansen`,
};
