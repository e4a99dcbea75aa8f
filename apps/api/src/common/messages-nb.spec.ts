import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MESSAGES_NB, matchNb, translateToNb } from './messages-nb.js';

/**
 * One real example of every message the API and the libraries it calls can produce, by the file that
 * writes it: [English, Norwegian Bokmål]. The same table checks every catalogue entry (each must
 * translate an example, exactly) and every message (each must have a translation), and a count of the
 * message sites in the sources makes sure a new site cannot be added without an example here.
 */
type Pair = readonly [en: string, nb: string];

const ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3f4a5b6c';
const OTHER_ID = '7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
const CODE = 'DEMO-LIV-BEDRIFT';

const UUID: Pair = ['must be an id (a UUID)', 'må være en id (UUID)'];
const UUID_GOT: Pair = ['must be an id (a UUID) (got "x")', 'må være en id (UUID) (fikk «x»)'];
const MAX_200: Pair = ['must be at most 200 characters', 'må være høyst 200 tegn'];
const MAX_300: Pair = ['must be at most 300 characters', 'må være høyst 300 tegn'];
const MAX_1000: Pair = ['must be at most 1000 characters', 'må være høyst 1000 tegn'];
const MAX_20000: Pair = ['must be at most 20000 characters', 'må være høyst 20000 tegn'];
const EMPTY: Pair = ['must not be empty', 'må fylles ut'];
const ORG_MISSING: Pair = [`organisation ${ID} does not exist`, `organisasjonen ${ID} finnes ikke`];
const KEY_MISSING: Pair = [`cost-sharing key ${ID} does not exist`, `fordelingsnøkkelen ${ID} finnes ikke`];
const INITIATIVE_NOT_FOUND: Pair = [`Initiative ${ID} was not found`, `Fant ikke initiativet ${ID}`];
const BENEFIT_NOT_FOUND: Pair = [`Benefit ${ID} was not found`, `Fant ikke gevinsten ${ID}`];

function stale(entityEn: string, entityNb: string, pronoun: 'den' | 'det', current = true): Pair {
  return [
    `${entityEn} was changed by someone else: you sent version 3${current ? ', the current version is 4' : ''}. Reload it and apply your change again.`,
    `${entityNb} er endret av noen andre: du sendte versjon 3${current ? ', gjeldende versjon er 4' : ''}. Last ${pronoun} inn på nytt og gjør endringen igjen.`,
  ];
}

const EXAMPLES: Record<string, readonly Pair[]> = {
  // ── apps/api/src ──────────────────────────────────────────────────────────────────────────────────────
  'apps/api/src/allocation/allocation-inputs.ts': [
    [
      `${CODE} has no paying participants: mark participants as paying (pays: true) before allocating`,
      `${CODE} har ingen betalende deltakere: merk deltakere som betalende (pays: true) før du fordeler`,
    ],
    [
      'no population for 2026 is stored for Oslo (958935420), Bergen (964338531) and 3 more',
      'innbyggertall for 2026 mangler for Oslo (958935420), Bergen (964338531) og 3 til',
    ],
    [
      'no "transactions" value for 2026 is entered for Oslo (958935420) (setAllocationDrivers)',
      'fordelingsgrunnlaget «transactions» for 2026 mangler for Oslo (958935420) (setAllocationDrivers)',
    ],
  ],
  'apps/api/src/allocation/allocation-query.service.ts': [
    [
      "You may not see this organisation's cost allocations",
      'Du har ikke tilgang til kostnadsfordelingene til denne organisasjonen',
    ],
    [
      "You may not see this organisation's cost allocations",
      'Du har ikke tilgang til kostnadsfordelingene til denne organisasjonen',
    ],
    UUID_GOT,
    ['must be a year between 1990 and 2200 (got 3000)', 'må være et årstall mellom 1990 og 2200 (fikk 3000)'],
  ],
  'apps/api/src/allocation/allocation.service.ts': [
    ['must be a year between 1990 and 2200 (got 1800)', 'må være et årstall mellom 1990 og 2200 (fikk 1800)'],
    INITIATIVE_NOT_FOUND,
    [
      `Another allocation run (${ID}, 2026-11-23T09:15:00.000Z) is now the current one for ${CODE} 2026: reload and run again`,
      `En annen fordelingskjøring (${ID}, 2026-11-23T09:15:00.000Z) er nå den gjeldende for ${CODE} 2026: last inn på nytt og kjør igjen`,
    ],
    [
      `There is no current run for ${CODE} 2026 to supersede`,
      `Det finnes ingen gjeldende kjøring for ${CODE} 2026 som kan erstattes`,
    ],
    ['must be between 1800 and 2200 (got 1700)', 'må være mellom 1800 og 2200 (fikk 1700)'],
    INITIATIVE_NOT_FOUND,
    [
      `give a keyId or a spec: ${CODE} has no cost-sharing key`,
      `oppgi keyId eller spec: ${CODE} har ingen fordelingsnøkkel`,
    ],
    [
      `${CODE} has no cost items in 2027: give a total to preview the split`,
      `${CODE} har ingen kostnadsposter i 2027: oppgi en totalsum for å forhåndsvise fordelingen`,
    ],
    [
      `${CODE} has no cost items in 2027: nothing to allocate`,
      `${CODE} har ingen kostnadsposter i 2027: ingenting å fordele`,
    ],
    [
      `"Drift av løsningen" has no cost-sharing key, and ${CODE} has no default key`,
      `«Drift av løsningen» har ingen fordelingsnøkkel, og ${CODE} har ingen standardnøkkel`,
    ],
    [
      'key "Innbyggertall 2024" v2 is valid … to 2025-12-31, not in 2026',
      'nøkkelen «Innbyggertall 2024» v2 gjelder fra … til 2025-12-31, ikke i 2026',
    ],
    [`Cost-sharing key ${ID} was not found`, `Fant ikke fordelingsnøkkelen ${ID}`],
    [
      'population comes from the stored population of the key’s year; it is not entered here',
      'innbyggertall hentes fra det lagrede innbyggertallet for nøkkelens år; det registreres ikke her',
    ],
    [
      'must start with a lower-case letter and contain only letters, digits and _ (at most 40)',
      'må begynne med en liten bokstav og bare inneholde bokstaver, sifre og _ (høyst 40 tegn)',
    ],
    ['at most 5000 at once', 'høyst 5000 om gangen'],
    ['give at least one value', 'oppgi minst én verdi'],
    ['must be at most 500 characters', 'må være høyst 500 tegn'],
    UUID,
    ['is listed twice', 'står oppført to ganger'],
    [
      'must be a non-negative number with at most 4 decimals (got "-1")',
      'må være et ikke-negativt tall med høyst 4 desimaler (fikk «-1»)',
    ],
    INITIATIVE_NOT_FOUND,
    [`organisation ${ID} does not take part in ${CODE}`, `organisasjonen ${ID} deltar ikke i ${CODE}`],
    [`Allocation run ${ID} was not found`, `Fant ikke fordelingskjøringen ${ID}`],
    [
      `cost item "Drift" (OPERATION, 2026): participant "${ID}" has no "transactions" driver`,
      `kostnadspost «Drift» (OPERATION, 2026): deltakeren «${ID}» mangler fordelingsgrunnlaget «transactions»`,
    ],
  ],
  'apps/api/src/allocation/financial-access.ts': [
    [
      "You may not see this initiative's financial detail (every participant's amounts): it is for the owner organisation, the responsible ministry's reviewers and administrators",
      'Du har ikke tilgang til de økonomiske detaljene i dette initiativet (alle deltakernes beløp): de er for eierorganisasjonen, det ansvarlige departementets porteføljeansvarlige og administratorer',
    ],
  ],
  'apps/api/src/common/errors.ts': [
    ['You are not allowed to do this', 'Du har ikke lov til å gjøre dette'],
    ['Sign in or send a valid API token', 'Logg inn eller send en gyldig API-nøkkel'],
    stale('Initiative', 'Initiativet', 'det'),
  ],
  'apps/api/src/common/ids.ts': [UUID_GOT],
  'apps/api/src/common/pagination.ts': [
    ['must be 0 or more (got -1)', 'må være 0 eller mer (fikk -1)'],
    ['must be between 1 and 500 (got 1000)', 'må være mellom 1 og 500 (fikk 1000)'],
  ],
  'apps/api/src/common/versioned-entity.ts': [stale('Initiative', 'Initiativet', 'det', false)],
  // A stale version refused by the update (the method and its call).
  'apps/api/src/cost-item/cost-item.repository.ts': [
    stale('Cost item', 'Kostnadsposten', 'den', false),
    stale('Cost item', 'Kostnadsposten', 'den', false),
  ],
  'apps/api/src/cost-item/cost-item.service.ts': [
    UUID_GOT,
    MAX_200,
    [`Cost item ${ID} was not found`, `Fant ikke kostnadsposten ${ID}`],
    stale('Cost item', 'Kostnadsposten', 'den'),
    stale('Cost item', 'Kostnadsposten', 'den', false),
    [`Cost item ${ID} was not found`, `Fant ikke kostnadsposten ${ID}`],
    stale('Cost item', 'Kostnadsposten', 'den'),
    stale('Cost item', 'Kostnadsposten', 'den', false),
    INITIATIVE_NOT_FOUND,
    ['must be between 1990 and 2200 (got 1989)', 'må være mellom 1990 og 2200 (fikk 1989)'],
    MAX_1000,
    UUID,
    KEY_MISSING,
  ],
  'apps/api/src/cost-sharing-key/cost-sharing-key.service.ts': [
    UUID,
    MAX_200,
    [`Cost-sharing key ${ID} was not found`, `Fant ikke fordelingsnøkkelen ${ID}`],
    EMPTY,
    UUID,
    ORG_MISSING,
    [
      'the organisation already has a key named "Innbyggertall 2024"',
      'organisasjonen har allerede en nøkkel som heter «Innbyggertall 2024»',
    ],
    [`Cost-sharing key ${ID} was not found`, `Fant ikke fordelingsnøkkelen ${ID}`],
    stale('Cost-sharing key', 'Fordelingsnøkkelen', 'den'),
    EMPTY,
    [
      'the organisation already has a key named "Lik deling"',
      'organisasjonen har allerede en nøkkel som heter «Lik deling»',
    ],
    [
      "Only initiative owners of the key's organisation (or administrators) manage its cost-sharing keys",
      'Bare initiativeiere i organisasjonen som eier nøkkelen (eller administratorer) kan forvalte fordelingsnøklene dens',
    ],
    ['must be between 1800 and 2200 (got 2300)', 'må være mellom 1800 og 2200 (fikk 2300)'],
    ['must not be before validFrom (2026-01-01)', 'kan ikke være før validFrom (2026-01-01)'],
  ],

  // ── libs/domain/src ────────────────────────────────────────────────────────────────────────────────────
  'libs/domain/src/access.ts': [
    ['must be at least 12 characters', 'må være minst 12 tegn'],
    ['must be at most 256 characters', 'må være høyst 256 tegn'],
    [
      'is one of the most common passwords, which attackers try first: choose another',
      'er et av de vanligste passordene, som angripere prøver først: velg et annet',
    ],
  ],

  // ── libs/cost-model/src ────────────────────────────────────────────────────────────────────────────────
  'libs/cost-model/src/allocate.ts': [
    [
      'the explanation language must be "en" or "nb" (got "de")',
      'forklaringsspråket må være «en» eller «nb» (fikk «de»)',
    ],
    [
      'PER_UNIT has no fixed total: each participant pays rate × driver; pass null as the total',
      'PER_UNIT har ingen fast totalsum: hver deltaker betaler sats × fordelingsgrunnlag; send null som totalsum',
    ],
    [
      'PROPORTIONAL splits a fixed total; give one such as "100000.00"',
      'PROPORTIONAL fordeler en fast totalsum; oppgi en, for eksempel «100000.00»',
    ],
    [
      `participant "${ID}" has no group; this TWO_LEVEL key needs one of "CENTRAL", "LOCAL"`,
      `deltakeren «${ID}» har ingen gruppe; denne TWO_LEVEL-nøkkelen trenger en av "CENTRAL", "LOCAL"`,
    ],
    [
      `participant "${ID}" is in group "REGIONAL", which is not in the key ("CENTRAL", "LOCAL")`,
      `deltakeren «${ID}» er i gruppen «REGIONAL», som ikke finnes i nøkkelen ("CENTRAL", "LOCAL")`,
    ],
    [
      'group "CENTRAL" has no participant, so its 30 % of the total would be lost',
      'gruppen «CENTRAL» har ingen deltakere, så gruppens 30 % av totalsummen ville gått tapt',
    ],
  ],
  'libs/cost-model/src/decimal.ts': [
    [
      'must be a number or decimal string (got "ti")',
      'må være et tall eller et desimaltall skrevet som tekst (fikk «ti»)',
    ],
    [
      'must be a number or decimal string (got nothing)',
      'må være et tall eller et desimaltall skrevet som tekst (fikk ingenting)',
    ],
    ['must not be negative (got -2)', 'kan ikke være under 0 (fikk -2)'],
  ],
  'libs/cost-model/src/drivers.ts': [
    [
      `participant "${ID}" has no "population" driver`,
      `deltakeren «${ID}» mangler fordelingsgrunnlaget «population»`,
    ],
    [
      `participant "${ID}" has a "population" driver that is not a finite number or decimal string with at most 20 decimals (got "mange")`,
      `deltakeren «${ID}» har fordelingsgrunnlaget «population», som ikke er et endelig tall eller et desimaltall skrevet som tekst med høyst 20 desimaler (fikk «mange»)`,
    ],
    [
      `participant "${ID}" has a negative "population" driver (-5); drivers must be zero or more`,
      `deltakeren «${ID}» har et negativt fordelingsgrunnlag «population» (-5); fordelingsgrunnlag må være 0 eller mer`,
    ],
    ['there must be at least one participant to allocate to', 'det må være minst én deltaker å fordele på'],
    ['every participant needs a non-empty string id', 'hver deltaker må ha en id som ikke er tom'],
    [
      `participant id "${ID}" appears twice (participants[0] and participants[3])`,
      `deltaker-id-en «${ID}» står to ganger (participants[0] og participants[3])`,
    ],
  ],
  'libs/cost-model/src/key-plans.ts': [
    [
      'the base fees alone, NOK 5000.00 × 30 participants = NOK 150000.00, exceed the total NOK 100000.00',
      'grunnavgiftene alene, kr 5000,00 × 30 deltakere = kr 150000,00, er mer enn totalsummen kr 100000,00',
    ],
    [
      'the "population" drivers of the 3 participants add up to zero, so NOK 100000.00 cannot be shared in proportion to them',
      'fordelingsgrunnlaget «population» for de 3 deltakerne er til sammen null, så kr 100000,00 kan ikke fordeles forholdsmessig',
    ],
    [
      'the "population" drivers at or above the free threshold 5000 add up to zero, so NOK 100000.00 cannot be shared in proportion to them',
      'fordelingsgrunnlaget «population» på eller over fritaksterskelen 5000 er til sammen null, så kr 100000,00 kan ikke fordeles forholdsmessig',
    ],
    [
      'the band fees of all participants add up to zero, so NOK 100000.00 cannot be shared in proportion to them',
      'intervallavgiftene for alle deltakerne er til sammen null, så kr 100000,00 kan ikke fordeles forholdsmessig',
    ],
    [
      'the fixed shares name "974760673", which is not among the participants',
      'de faste andelene nevner «974760673», som ikke er blant deltakerne',
    ],
    [
      'participant "958935420" (participants[1]) has no fixed share in the key',
      'deltakeren «958935420» (participants[1]) har ingen fast andel i nøkkelen',
    ],
  ],
  'libs/cost-model/src/key-spec-schema.ts': [
    ['required', 'må fylles ut'],
    [
      'must be a NOK amount as a string, such as "1000.00"',
      'må være et kronebeløp som tekst, for eksempel «1000.00»',
    ],
    [
      'must be a NOK amount with at most two decimals, such as "50000.00"',
      'må være et kronebeløp med høyst to desimaler, for eksempel «50000.00»',
    ],
    [
      'must be a rate in NOK per unit as a string, such as "20.00" or "0.125"',
      'må være en sats i kroner per enhet som tekst, for eksempel «20.00» eller «0.125»',
    ],
    [
      'must be a non-negative rate in NOK per unit, such as "20.00" or "0.125"',
      'må være en ikke-negativ sats i kroner per enhet, for eksempel «20.00» eller «0.125»',
    ],
    [
      'must be a percentage as a string, such as "25.5"',
      'må være en prosentandel som tekst, for eksempel «25.5»',
    ],
    [
      'must be the group\'s percentage with at most 10 decimals, such as "25.5"',
      'må være gruppens prosentandel med høyst 10 desimaler, for eksempel «25.5»',
    ],
    [
      'must be the group\'s percentage as a string, such as "25.5"',
      'må være gruppens prosentandel som tekst, for eksempel «25.5»',
    ],
    [
      'must be a percentage with at most 10 decimals, such as "25.5"',
      'må være en prosentandel med høyst 10 desimaler, for eksempel «25.5»',
    ],
    ['must name a driver, such as "population"', 'må angi et fordelingsgrunnlag, for eksempel «population»'],
    ['must name a driver, such as "population"', 'må angi et fordelingsgrunnlag, for eksempel «population»'],
    [
      'must be a non-negative number or decimal string, such as 10000',
      'må være et ikke-negativt tall eller et desimaltall skrevet som tekst, for eksempel 10000',
    ],
    ['a participant id must not be empty', 'en deltaker-id kan ikke være tom'],
    [
      'must be an object of percentages by participant id, such as { "958935420": "25.5" }',
      'må være et objekt med prosentandeler per deltaker-id, for eksempel { "958935420": "25.5" }',
    ],
    [
      'must be a list of bands such as [{ "upTo": 10000, "fee": "10000.00" }, { "fee": "20000.00" }]',
      'må være en liste over intervaller, for eksempel [{ "upTo": 10000, "fee": "10000.00" }, { "fee": "20000.00" }]',
    ],
    ['must have at least one band', 'må ha minst ett intervall'],
    ['must be an object with a "method"', 'må være et objekt med «method»'],
    [
      'required: one of EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL',
      'må fylles ut: en av EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL',
    ],
    [
      'must be one of EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL (got "EVEN")',
      'må være en av EQUAL, PROPORTIONAL, PER_UNIT, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD, TWO_LEVEL (fikk «EVEN»)',
    ],
    [
      'must be one of EQUAL, PROPORTIONAL, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT and TWO_LEVEL cannot be used inside a group (got "PER_UNIT")',
      'må være en av EQUAL, PROPORTIONAL, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT og TWO_LEVEL kan ikke brukes i en gruppe (fikk «PER_UNIT»)',
    ],
    ['must name the group, such as "LOCAL"', 'må angi gruppen, for eksempel «LOCAL»'],
    ['must name the group, such as "LOCAL"', 'må angi gruppen, for eksempel «LOCAL»'],
    [
      'must be a list of groups such as [{ "group": "LOCAL", "percent": "50", "key": {...} }]',
      'må være en liste over grupper, for eksempel [{ "group": "LOCAL", "percent": "50", "key": {...} }]',
    ],
    ['must have at least one group', 'må ha minst én gruppe'],
    ['must not be less than the floor (1000.00)', 'kan ikke være lavere enn gulvet (1000.00)'],
    ['must name at least one participant', 'må nevne minst én deltaker'],
    [
      '"LOCAL" is already groups[0]; each group appears once',
      '«LOCAL» er allerede groups[0]; hver gruppe kan bare forekomme én gang',
    ],
    [
      'the shares must add up to exactly 100 (they add up to 99.5)',
      'andelene må til sammen bli nøyaktig 100 (de blir 99.5)',
    ],
    [
      'the group percentages must add up to exactly 100 (they add up to 110)',
      'gruppeprosentene må til sammen bli nøyaktig 100 (de blir 110)',
    ],
    [
      'the last band must be open-ended (no upTo), so that every driver value falls in a band',
      'det siste intervallet må være åpent (uten upTo), slik at alle verdier av fordelingsgrunnlaget havner i et intervall',
    ],
    ['required (only the last band is open-ended)', 'må fylles ut (bare det siste intervallet er åpent)'],
    ['must be greater than bands[0].upTo (10000)', 'må være større enn bands[0].upTo (10000)'],
    ['must be greater than 0', 'må være større enn 0'],
    ['unknown field', 'ukjent felt'],
    ['the key specification is not valid JSON', 'nøkkelspesifikasjonen er ikke gyldig JSON'],
    [
      'invalid cost-sharing key: groups[0].key.method: must be one of EQUAL, PROPORTIONAL, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT and TWO_LEVEL cannot be used inside a group (got "PER_UNIT"); shares["Oslo kommune"]: must be a percentage as a string, such as "25.5"; unknown field',
      'ugyldig fordelingsnøkkel: groups[0].key.method: må være en av EQUAL, PROPORTIONAL, FIXED_SHARES, BASE_PLUS_PROPORTIONAL, BANDS, FREE_THRESHOLD; PER_UNIT og TWO_LEVEL kan ikke brukes i en gruppe (fikk «PER_UNIT»); shares["Oslo kommune"]: må være en prosentandel som tekst, for eksempel «25.5»; ukjent felt',
    ],
    // zod's own words, for a value of the wrong type where the key expects an object
    ['Invalid input: expected object, received string', 'ugyldig verdi: forventet object, fikk string'],
  ],
  'libs/cost-model/src/money.ts': [
    [
      'must be a NOK amount as a string with at most two decimals, such as "1234.50" (got 12.5)',
      'må være et kronebeløp som tekst med høyst to desimaler, for eksempel «1234.50» (fikk 12.5)',
    ],
    ['must not be negative (got "-1.00")', 'kan ikke være under 0 (fikk «-1.00»)'],
  ],
  'libs/cost-model/src/net-positions.ts': [
    ['must be a non-empty organisation id', 'må være en organisasjons-id som ikke er tom'],
    ['must be an administrative level', 'må være et forvaltningsnivå'],
    [
      `organisation "${ID}" is given as LOCAL elsewhere and as CENTRAL here`,
      `organisasjonen «${ID}» er oppgitt som LOCAL et annet sted og som CENTRAL her`,
    ],
  ],
  'libs/cost-model/src/npv.ts': [
    ['must be a whole year (got 2024.5)', 'må være et helt årstall (fikk 2024.5)'],
    ['must be a list of yearly flows', 'må være en liste over årlige kontantstrømmer'],
    [
      'must be a whole year, not before the base year 2024 (got 2023)',
      'må være et helt årstall, ikke før basisåret 2024 (fikk 2023)',
    ],
    [
      'publicCost is part of cost and cannot exceed it',
      'publicCost er en del av cost og kan ikke være større',
    ],
    ['must have at least one period', 'må ha minst én periode'],
    [
      'the last period must be open-ended (no throughYear)',
      'den siste perioden må være åpen (uten throughYear)',
    ],
    ['required (only the last period is open-ended)', 'må fylles ut (bare den siste perioden er åpen)'],
    ['must be a whole year after 2060', 'må være et helt årstall etter 2060'],
  ],
  'libs/cost-model/src/realisation.ts': [
    [
      'must be a date as "YYYY-MM-DD" (got "2026-13-01")',
      'må være en dato skrevet ÅÅÅÅ-MM-DD (fikk «2026-13-01»)',
    ],
    ['must be a list of dates', 'må være en liste over datoer'],
    ['must be INCREASE or DECREASE (got "UP")', 'må være INCREASE eller DECREASE (fikk «UP»)'],
    ['must be a list of { date, value }', 'må være en liste over { date, value }'],
    ['must be a list of { date, value }', 'må være en liste over { date, value }'],
    ['must be after the baseline date', 'må være etter nullpunktsdatoen'],
    ['must be after the date of targets[0]', 'må være etter datoen til targets[0]'],
    ['must not be above greenAt', 'kan ikke være høyere enn greenAt'],
    [
      'two measurements on 2026-06-30; keep one per date so the result does not depend on their order',
      'to målinger den 2026-06-30; behold én per dato, så resultatet ikke avhenger av rekkefølgen',
    ],
    [
      'two measurements on 2026-06-30; keep one per date so the result does not depend on their order',
      'to målinger den 2026-06-30; behold én per dato, så resultatet ikke avhenger av rekkefølgen',
    ],
  ],
  'libs/cost-model/src/split.ts': [
    [
      "the participants' fixed amounts add up to NOK 90000.00, not the total NOK 100000.00",
      'deltakernes faste beløp blir til sammen kr 90000,00, ikke totalsummen kr 100000,00',
    ],
    [
      'the floors and base fees of the 4 paying participants add up to at least NOK 120000.00, more than the total NOK 100000.00',
      'gulvene og grunnavgiftene for de 4 betalende deltakerne blir til sammen minst kr 120000,00, mer enn totalsummen kr 100000,00',
    ],
    [
      'the floors of the 4 paying participants add up to at least NOK 120000.00, more than the total NOK 100000.00',
      'gulvene for de 4 betalende deltakerne blir til sammen minst kr 120000,00, mer enn totalsummen kr 100000,00',
    ],
    [
      'with a cap of NOK 20000.00, the 3 participants who share by the key can pay at most NOK 60000.00 in all, less than the total NOK 100000.00',
      'med et tak på kr 20000,00 kan de 3 deltakerne som deler etter nøkkelen, betale høyst kr 60000,00 til sammen, mindre enn totalsummen kr 100000,00',
    ],
  ],
};

const ALL = Object.entries(EXAMPLES).flatMap(([site, pairs]) => pairs.map(([en, nb]) => ({ site, en, nb })));

describe('the Norwegian Bokmål catalogue of error messages', () => {
  it.each(ALL.map(({ site, en, nb }) => [site, en, nb]))('%s: translates %j', (_site, en, nb) => {
    expect(translateToNb(en)).toBe(nb);
  });

  it('has an entry for nothing that no example uses: every entry translates at least one real message', () => {
    const used = new Set(ALL.map(({ en }) => matchNb(en)?.index));
    const unused = MESSAGES_NB.map((entry, index) => ({ entry, index }))
      .filter(({ index }) => !used.has(index))
      .map(({ entry }) => String(entry.en));
    expect(unused).toEqual([]);
  });

  it('leaves a message it does not know untranslated (the caller keeps the English)', () => {
    expect(translateToNb('Something entirely new happened')).toBeNull();
    expect(translateToNb('Spaceship 42 was not found')).toBeNull();
    expect(translateToNb('Variable "$x" got invalid value 1; something graphql-js says')).toBeNull();
  });

  it('does not spend time on huge messages: they stay English', () => {
    const value = JSON.stringify('a; b: '.repeat(2_000_000));
    const started = Date.now();
    expect(
      translateToNb(
        `Variable "$i" got invalid value ${value} at "i.year"; Int cannot represent non-integer value: ${value}`,
      ),
    ).toBeNull();
    expect(translateToNb(`invalid cost-sharing key: ${'x; '.repeat(1000)}unknown field`)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

/**
 * The message sites in the sources: calls that make an error (or a problem) with an English message, and
 * the `return` lines of functions that describe a problem (`…Problem`). Every file must have at least as
 * many examples above as it has sites, so a new message cannot be added without its translation. A site
 * that says a code (`msg(…)`, or notFound and staleVersion, which do) has its words in the catalogue of
 * libs/domain/src/messages instead, where TypeScript refuses a code without Norwegian.
 */
describe('every message site in the sources has an example', () => {
  const root = process.cwd();
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  const API_SITE =
    /\.check\(\s*['"`]|(?<!function )\b(?:badInput|notFound|notFoundField|conflict|forbidden|unauthenticated|staleVersion|updateAtVersion)\(|new GraphQLError\(|new (?:Unauthorized|Forbidden)Exception\(|authProblem = /g;
  const COST_MODEL_SITE =
    /new CostModelError\(|message: [`'"]|error: (?:orRequired\()?\s*[`'"]|return [`']required|return [`']must (?:be|name)/g;
  const PROBLEM_FUNCTION = /function \w+Problem\([^]*?\n\}/g;
  const PROBLEM_RETURN = /return\s+[`'"]/g;
  const PLUMBING = new Set(['apps/api/src/common/errors.ts', 'apps/api/src/common/cost-model-errors.ts']);

  const sources = [
    ...walk(join(root, 'apps/api/src')).filter(
      (path) => !/[/\\](cli|seed)[/\\]/.test(path) && !path.endsWith('messages-nb.ts'),
    ),
    ...walk(join(root, 'libs/domain/src')),
    ...walk(join(root, 'libs/cost-model/src')),
  ]
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.spec.ts'))
    .map((path) => relative(root, path).split('\\').join('/'))
    .filter((path) => !PLUMBING.has(path));

  /** A site's text: to the parenthesis that closes its call, or to the end of its line. */
  const siteText = (text: string, start: number): string => {
    let depth = 0;
    for (let at = start; at < text.length && at < start + 2000; at++) {
      const char = text[at];
      if (char === '(') depth++;
      else if (char === ')' && --depth <= 0) return text.slice(start, at + 1);
      else if (char === '\n' && depth === 0) return text.slice(start, at);
    }
    return text.slice(start, start + 2000);
  };
  /** An English phrase in quotes (a field name alone is one word), and no code. */
  const writesEnglish = (site: string): boolean =>
    /['"`][^'"`\n]*?[a-z]\s+[a-z(]/i.test(site) &&
    !/\bmsg\(/.test(site) &&
    !/^(?:notFound|notFoundField|staleVersion|updateAtVersion)\(/.test(site);
  const countSites = (path: string, text: string): number => {
    const calls = [...text.matchAll(path.startsWith('libs/cost-model/') ? COST_MODEL_SITE : API_SITE)].filter(
      (match) => writesEnglish(siteText(text, match.index)),
    ).length;
    const returns = (text.match(PROBLEM_FUNCTION) ?? []).reduce(
      (sum, body) => sum + (body.match(PROBLEM_RETURN) ?? []).length,
      0,
    );
    return calls + returns;
  };

  const sites = sources
    .map((path) => ({ path, count: countSites(path, readFileSync(join(root, path), 'utf8')) }))
    .filter(({ count }) => count > 0);

  it('counts the sites that write English, not those that say a code (the scan itself works)', () => {
    const source = [
      "problems.check('name', 'must not be empty');",
      "throw forbidden('Only administrators see other users');",
      "throw badInput('csv', `is ${length} characters; at most ${max}`);",
      "problems.check('name', msg('REQUIRED'));",
      "throw badInput('csv', msg('CSV_TOO_LONG', { length, max }));",
      "problems.check('orgNumber', orgNumberProblem(value));",
      "throw notFound('Organisation with organisation number', orgNumber);",
      'function textProblem(value: string): string | null {',
      "  if (!value) return 'must not be empty';",
      '}',
    ].join('\n');
    expect(countSites('apps/api/src/x.ts', source)).toBe(4);
  });

  it.each(sites.map(({ path, count }) => [path, count] as const))(
    '%s: %i message site(s) have examples',
    (path, count) => {
      expect((EXAMPLES[path] ?? []).length).toBeGreaterThanOrEqual(count);
    },
  );
});
