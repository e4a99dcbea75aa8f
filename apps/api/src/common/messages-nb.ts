/**
 * Norwegian Bokmål for the API's error messages. The English messages stay the source (they are what the
 * services, libs/domain and libs/cost-model write, and what logs and integrators rely on); this catalogue
 * recognises each of them by a regular expression and writes it in Norwegian, keeping the dynamic parts
 * (ids, numbers, names, dates, field and enum names) exactly as they were.
 *
 * The entries are tried in order and the first that matches and can translate every part wins, so the
 * specific ones come before the general ones. A message no entry knows has no Norwegian: `translateToNb`
 * returns null and the caller keeps the English. messages-nb.spec.ts holds a real example of every
 * message the API can produce and fails when one of them has no translation.
 */

/** The Norwegian text: `$1`… stand for the groups of `en`; a function may return null for "unknown". */
type Template = string | ((...parts: string[]) => string | null);

export interface NbMessage {
  /** The English message, anchored at both ends; its groups capture the dynamic parts. */
  en: RegExp;
  nb: Template;
}

/** `"x"` (as the API quotes a value) → «x»; `nothing` → ingenting; anything else as it is. */
function got(value: string): string {
  if (value === 'nothing') return 'ingenting';
  const quoted = /^"(.*)"$/s.exec(value);
  return quoted ? `«${quoted[1]}»` : value;
}

/** Every "quoted" part of a text as «quoted» (titles in a list, a path of titles). */
function guillemets(text: string): string {
  return text.replace(/"([^"]*)"/g, '«$1»');
}

/** "NOK 1234.50" as Norwegian writes it: "kr 1234,50". */
function kr(amount: string): string {
  return `kr ${amount.replace('.', ',')}`;
}

interface EntityWords {
  /** The definite form as it starts a sentence ("Initiativet"). */
  subject: string;
  /** The pronoun that refers back to it ("det" for neuter, "den" otherwise). */
  pronoun: 'den' | 'det';
}

/** The entity names of notFound and staleVersion (see errors.ts), in Norwegian. */
const ENTITIES: Record<string, EntityWords> = {
  User: { subject: 'Brukeren', pronoun: 'den' },
  'Cost item': { subject: 'Kostnadsposten', pronoun: 'den' },
  Initiative: { subject: 'Initiativet', pronoun: 'det' },
  Organisation: { subject: 'Organisasjonen', pronoun: 'den' },
  'Organisation with organisation number': {
    subject: 'Organisasjonen med organisasjonsnummer',
    pronoun: 'den',
  },
  County: { subject: 'Fylket med nummer', pronoun: 'det' },
  'Cost-sharing key': { subject: 'Fordelingsnøkkelen', pronoun: 'den' },
  'Allocation run': { subject: 'Fordelingskjøringen', pronoun: 'den' },
  'API token': { subject: 'API-nøkkelen', pronoun: 'den' },
  Benefit: { subject: 'Gevinsten', pronoun: 'den' },
  'Benefit owner report': { subject: 'Gevinsteierrapporten', pronoun: 'den' },
  Measurement: { subject: 'Målingen', pronoun: 'den' },
  Enabler: { subject: 'Leveransen eller endringen', pronoun: 'den' },
  'Benefits map edge': { subject: 'Avhengigheten i gevinstkartet', pronoun: 'den' },
};

/** The subject in the middle of a sentence: "initiativet", but "API-nøkkelen" as it is. */
function midSentence(subject: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

/** A nested English message (after a prefix the entry has taken off), or null when it is unknown. */
function nested(message: string): string | null {
  return translateToNb(message);
}

/** Joins a fixed Norwegian start to a nested translation; null when the nested part is unknown. */
function withNested(start: string, message: string, end = ''): string | null {
  const inner = nested(message);
  return inner === null ? null : `${start}${inner}${end}`;
}

/** A list of more parts than a key specification can have problems is left as it is. */
const MAX_LIST_PARTS = 50;

/** A part "path: problem" of a list, or a bare problem, translated; null when unknown. */
function pathAndProblem(text: string): string | null {
  const whole = nested(text);
  if (whole !== null) return whole;
  for (let at = text.indexOf(': '); at >= 0; at = text.indexOf(': ', at + 1)) {
    const problem = nested(text.slice(at + 2));
    if (problem !== null) return `${text.slice(0, at)}: ${problem}`;
  }
  return null;
}

/**
 * A list "path: problem; path: problem" as a library writes it, part by part. A problem may itself
 * contain "; ", so parts are joined until they make a message the catalogue knows.
 */
function problemList(text: string): string | null {
  const pieces = text.split('; ');
  if (pieces.length > MAX_LIST_PARTS) return null;
  const translated: string[] = [];
  let chunk = '';
  for (const piece of pieces) {
    chunk = chunk === '' ? piece : `${chunk}; ${piece}`;
    const nb = pathAndProblem(chunk);
    if (nb !== null) {
      translated.push(nb);
      chunk = '';
    }
  }
  return chunk === '' ? translated.join('; ') : null;
}

export const MESSAGES_NB: readonly NbMessage[] = [
  // ── Generic errors (common/errors.ts) ─────────────────────────────────────────────────────────────────
  {
    en: /^(.+) (\S*) was not found$/,
    nb: (entity, id) =>
      ENTITIES[entity] ? `Fant ikke ${midSentence(ENTITIES[entity].subject)} ${id}` : null,
  },
  {
    en: /^(.+) was changed by someone else: you sent version (\d+)(?:, the current version is (\d+))?\. Reload it and apply your change again\.$/,
    nb: (entity, sent, current) => {
      const words = ENTITIES[entity];
      if (!words) return null;
      const now = current ? `, gjeldende versjon er ${current}` : '';
      return `${words.subject} er endret av noen andre: du sendte versjon ${sent}${now}. Last ${words.pronoun} inn på nytt og gjør endringen igjen.`;
    },
  },
  { en: /^You are not allowed to do this$/, nb: 'Du har ikke lov til å gjøre dette' },
  { en: /^Sign in or send a valid API token$/, nb: 'Logg inn eller send en gyldig API-nøkkel' },

  // ── Access (allocation/financial-access.ts) and passwords (libs/domain access.ts) ──────────────────────
  {
    en: /^You may not see this initiative's financial detail \(every participant's amounts\): it is for the owner organisation, the responsible ministry's reviewers and administrators$/,
    nb: 'Du har ikke tilgang til de økonomiske detaljene i dette initiativet (alle deltakernes beløp): de er for eierorganisasjonen, det ansvarlige departementets porteføljeansvarlige og administratorer',
  },
  {
    en: /^is one of the most common passwords, which attackers try first: choose another$/,
    nb: 'er et av de vanligste passordene, som angripere prøver først: velg et annet',
  },

  // ── Field problems used everywhere ─────────────────────────────────────────────────────────────────────
  { en: /^must be an id \(a UUID\)$/, nb: 'må være en id (UUID)' },
  {
    en: /^must be an id \(a UUID\) \(got (.*)\)$/s,
    nb: (value) => `må være en id (UUID) (fikk ${got(value)})`,
  },
  { en: /^must be at most (\d+) characters$/, nb: 'må være høyst $1 tegn' },
  { en: /^must be at least (\d+) characters$/, nb: 'må være minst $1 tegn' },
  { en: /^must not be empty$/, nb: 'må fylles ut' },
  { en: /^is listed twice$/, nb: 'står oppført to ganger' },
  { en: /^at most (\d+) at once$/, nb: 'høyst $1 om gangen' },
  { en: /^must be 0 or more \(got (.*)\)$/, nb: (value) => `må være 0 eller mer (fikk ${got(value)})` },
  {
    en: /^must be between (\S+) and (\S+) \(got (.*)\)$/,
    nb: (low, high, value) => `må være mellom ${low} og ${high} (fikk ${got(value)})`,
  },
  {
    en: /^must be a year between (\d+) and (\d+) \(got (.*)\)$/s,
    nb: (low, high, value) => `må være et årstall mellom ${low} og ${high} (fikk ${got(value)})`,
  },
  { en: /^must not be before (\w+) \((.+)\)$/, nb: 'kan ikke være før $1 ($2)' },
  { en: /^organisation (\S+) does not exist$/, nb: 'organisasjonen $1 finnes ikke' },
  { en: /^cost-sharing key (\S+) does not exist$/, nb: 'fordelingsnøkkelen $1 finnes ikke' },

  // ── Negative amounts (libs/cost-model) ───────────────────────────────────────────────────────────────────
  { en: /^must not be negative \(got (.*)\)$/s, nb: (value) => `kan ikke være under 0 (fikk ${got(value)})` },

  // ── Cost-sharing keys, cost items and allocations (cost-sharing-key/, cost-item/, allocation/) ─────────
  {
    en: /^Only initiative owners of the key's organisation \(or administrators\) manage its cost-sharing keys$/,
    nb: 'Bare initiativeiere i organisasjonen som eier nøkkelen (eller administratorer) kan forvalte fordelingsnøklene dens',
  },
  {
    en: /^the organisation already has a key named "(.*)"$/s,
    nb: 'organisasjonen har allerede en nøkkel som heter «$1»',
  },
  {
    en: /^You may not see this organisation's cost allocations$/,
    nb: 'Du har ikke tilgang til kostnadsfordelingene til denne organisasjonen',
  },
  {
    en: /^(\S+) has no paying participants: mark participants as paying \(pays: true\) before allocating$/,
    nb: '$1 har ingen betalende deltakere: merk deltakere som betalende (pays: true) før du fordeler',
  },
  {
    en: /^no population for (\d+) is stored for (.+?)(?: and (\d+) more)?$/s,
    nb: (year, names, more) =>
      `innbyggertall for ${year} mangler for ${names}${more ? ` og ${more} til` : ''}`,
  },
  {
    en: /^no "(.*)" value for (\d+) is entered for (.+?)(?: and (\d+) more)? \(setAllocationDrivers\)$/s,
    nb: (driver, year, names, more) =>
      `fordelingsgrunnlaget «${driver}» for ${year} mangler for ${names}${more ? ` og ${more} til` : ''} (setAllocationDrivers)`,
  },
  {
    en: /^Another allocation run \((\S+), (\S+)\) is now the current one for (\S+) (\d+): reload and run again$/,
    nb: 'En annen fordelingskjøring ($1, $2) er nå den gjeldende for $3 $4: last inn på nytt og kjør igjen',
  },
  {
    en: /^There is no current run for (\S+) (\d+) to supersede$/,
    nb: 'Det finnes ingen gjeldende kjøring for $1 $2 som kan erstattes',
  },
  {
    en: /^give a keyId or a spec: (\S+) has no cost-sharing key$/,
    nb: 'oppgi keyId eller spec: $1 har ingen fordelingsnøkkel',
  },
  {
    en: /^(\S+) has no cost items in (\d+): give a total to preview the split$/,
    nb: '$1 har ingen kostnadsposter i $2: oppgi en totalsum for å forhåndsvise fordelingen',
  },
  {
    en: /^(\S+) has no cost items in (\d+): nothing to allocate$/,
    nb: '$1 har ingen kostnadsposter i $2: ingenting å fordele',
  },
  {
    en: /^"(.*)" has no cost-sharing key, and (\S+) has no default key$/s,
    nb: '«$1» har ingen fordelingsnøkkel, og $2 har ingen standardnøkkel',
  },
  {
    en: /^key "(.*)" v(\d+) is valid (\S+) to (\S+), not in (\d+)$/s,
    nb: 'nøkkelen «$1» v$2 gjelder fra $3 til $4, ikke i $5',
  },
  {
    en: /^population comes from the stored population of the key’s year; it is not entered here$/,
    nb: 'innbyggertall hentes fra det lagrede innbyggertallet for nøkkelens år; det registreres ikke her',
  },
  {
    en: /^must start with a lower-case letter and contain only letters, digits and _ \(at most 40\)$/,
    nb: 'må begynne med en liten bokstav og bare inneholde bokstaver, sifre og _ (høyst 40 tegn)',
  },
  { en: /^give at least one value$/, nb: 'oppgi minst én verdi' },
  {
    en: /^must be a non-negative number with at most 4 decimals \(got (.*)\)$/s,
    nb: (value) => `må være et ikke-negativt tall med høyst 4 desimaler (fikk ${got(value)})`,
  },
  {
    en: /^organisation (\S+) does not take part in (\S+)$/,
    nb: 'organisasjonen $1 deltar ikke i $2',
  },
  {
    en: /^cost item "(.*?)" \((\w+), (\d+)\): (.+)$/s,
    nb: (description, category, year, message) =>
      withNested(`kostnadspost «${description}» (${category}, ${year}): `, message),
  },

  // ── Benefits, reports and measurements (benefit/, benefit-report/, measurement/) ───────────────────────

  // ── Cost-sharing key specifications (libs/cost-model key-spec-schema.ts) ────────────────────────────────
  { en: /^required$/, nb: 'må fylles ut' },
  { en: /^unknown field$/, nb: 'ukjent felt' },
  { en: /^the key specification is not valid JSON$/, nb: 'nøkkelspesifikasjonen er ikke gyldig JSON' },
  {
    en: /^invalid cost-sharing key: (.+)$/s,
    nb: (problems) => {
      const nb = problemList(problems);
      return nb === null ? null : `ugyldig fordelingsnøkkel: ${nb}`;
    },
  },
  {
    en: /^must be a NOK amount as a string, such as "(.*)"$/,
    nb: 'må være et kronebeløp som tekst, for eksempel «$1»',
  },
  {
    en: /^must be a NOK amount with at most two decimals, such as "(.*)"$/,
    nb: 'må være et kronebeløp med høyst to desimaler, for eksempel «$1»',
  },
  {
    en: /^must be a rate in NOK per unit as a string, such as "20\.00" or "0\.125"$/,
    nb: 'må være en sats i kroner per enhet som tekst, for eksempel «20.00» eller «0.125»',
  },
  {
    en: /^must be a non-negative rate in NOK per unit, such as "20\.00" or "0\.125"$/,
    nb: 'må være en ikke-negativ sats i kroner per enhet, for eksempel «20.00» eller «0.125»',
  },
  {
    en: /^must be (a percentage|the group's percentage) as a string, such as "25\.5"$/,
    nb: (what) =>
      `må være ${what === 'a percentage' ? 'en prosentandel' : 'gruppens prosentandel'} som tekst, for eksempel «25.5»`,
  },
  {
    en: /^must be (a percentage|the group's percentage) with at most 10 decimals, such as "25\.5"$/,
    nb: (what) =>
      `må være ${what === 'a percentage' ? 'en prosentandel' : 'gruppens prosentandel'} med høyst 10 desimaler, for eksempel «25.5»`,
  },
  {
    en: /^must name a driver, such as "population"$/,
    nb: 'må angi et fordelingsgrunnlag, for eksempel «population»',
  },
  {
    en: /^must be a non-negative number or decimal string, such as 10000$/,
    nb: 'må være et ikke-negativt tall eller et desimaltall skrevet som tekst, for eksempel 10000',
  },
  { en: /^a participant id must not be empty$/, nb: 'en deltaker-id kan ikke være tom' },
  {
    en: /^must be an object of percentages by participant id, such as \{ "958935420": "25\.5" \}$/,
    nb: 'må være et objekt med prosentandeler per deltaker-id, for eksempel { "958935420": "25.5" }',
  },
  {
    en: /^must be a list of bands such as (\[.*\])$/,
    nb: 'må være en liste over intervaller, for eksempel $1',
  },
  { en: /^must have at least one band$/, nb: 'må ha minst ett intervall' },
  { en: /^must be an object with a "method"$/, nb: 'må være et objekt med «method»' },
  { en: /^required: one of (.+)$/, nb: 'må fylles ut: en av $1' },
  {
    en: /^must be one of ([A-Z_, ]+)(; PER_UNIT and TWO_LEVEL cannot be used inside a group)? \(got (.*)\)$/s,
    nb: (methods, inGroup, value) =>
      `må være en av ${methods}${inGroup ? '; PER_UNIT og TWO_LEVEL kan ikke brukes i en gruppe' : ''} (fikk ${got(value)})`,
  },
  { en: /^must name the group, such as "LOCAL"$/, nb: 'må angi gruppen, for eksempel «LOCAL»' },
  {
    en: /^must be a list of groups such as (\[.*\])$/,
    nb: 'må være en liste over grupper, for eksempel $1',
  },
  { en: /^must have at least one group$/, nb: 'må ha minst én gruppe' },
  { en: /^must not be less than the floor \((.+)\)$/, nb: 'kan ikke være lavere enn gulvet ($1)' },
  { en: /^must name at least one participant$/, nb: 'må nevne minst én deltaker' },
  {
    en: /^"(.*)" is already groups\[(\d+)\]; each group appears once$/s,
    nb: '«$1» er allerede groups[$2]; hver gruppe kan bare forekomme én gang',
  },
  {
    en: /^(the shares|the group percentages) must add up to exactly 100 \(they add up to (.+)\)$/,
    nb: (what, sum) =>
      `${what === 'the shares' ? 'andelene' : 'gruppeprosentene'} må til sammen bli nøyaktig 100 (de blir ${sum})`,
  },
  {
    en: /^the last band must be open-ended \(no upTo\), so that every driver value falls in a band$/,
    nb: 'det siste intervallet må være åpent (uten upTo), slik at alle verdier av fordelingsgrunnlaget havner i et intervall',
  },
  {
    en: /^required \(only the last band is open-ended\)$/,
    nb: 'må fylles ut (bare det siste intervallet er åpent)',
  },
  { en: /^must be greater than (.+)$/, nb: 'må være større enn $1' },
  {
    en: /^Invalid input: expected (\w+), received (\w+)$/,
    nb: 'ugyldig verdi: forventet $1, fikk $2',
  },

  // ── Allocation (libs/cost-model allocate.ts, drivers.ts, key-plans.ts, split.ts, money.ts) ──────────────
  {
    en: /^the explanation language must be "en" or "nb" \(got (.*)\)$/s,
    nb: (value) => `forklaringsspråket må være «en» eller «nb» (fikk ${got(value)})`,
  },
  {
    en: /^PER_UNIT has no fixed total: each participant pays rate × driver; pass null as the total$/,
    nb: 'PER_UNIT har ingen fast totalsum: hver deltaker betaler sats × fordelingsgrunnlag; send null som totalsum',
  },
  {
    en: /^(\w+) splits a fixed total; give one such as "100000\.00"$/,
    nb: '$1 fordeler en fast totalsum; oppgi en, for eksempel «100000.00»',
  },
  {
    en: /^participant "(.*)" has no group; this TWO_LEVEL key needs one of (.+)$/s,
    nb: 'deltakeren «$1» har ingen gruppe; denne TWO_LEVEL-nøkkelen trenger en av $2',
  },
  {
    en: /^participant "(.*)" is in group "(.*)", which is not in the key \((.+)\)$/s,
    nb: 'deltakeren «$1» er i gruppen «$2», som ikke finnes i nøkkelen ($3)',
  },
  {
    en: /^group "(.*)" has no participant, so its (\S+) % of the total would be lost$/s,
    nb: 'gruppen «$1» har ingen deltakere, så gruppens $2 % av totalsummen ville gått tapt',
  },
  {
    en: /^must be a number or decimal string \(got (.*)\)$/s,
    nb: (value) => `må være et tall eller et desimaltall skrevet som tekst (fikk ${got(value)})`,
  },
  {
    en: /^must be a NOK amount as a string with at most two decimals, such as "1234\.50" \(got (.*)\)$/s,
    nb: (value) =>
      `må være et kronebeløp som tekst med høyst to desimaler, for eksempel «1234.50» (fikk ${got(value)})`,
  },
  {
    en: /^participant "(.*)" has no "(.*)" driver$/s,
    nb: 'deltakeren «$1» mangler fordelingsgrunnlaget «$2»',
  },
  {
    en: /^participant "(.*)" has a "(.*)" driver that is not a finite number or decimal string with at most (\d+) decimals \(got (.*)\)$/s,
    nb: (id, driver, scale, value) =>
      `deltakeren «${id}» har fordelingsgrunnlaget «${driver}», som ikke er et endelig tall eller et desimaltall skrevet som tekst med høyst ${scale} desimaler (fikk ${got(value)})`,
  },
  {
    en: /^participant "(.*)" has a negative "(.*)" driver \((.*)\); drivers must be zero or more$/s,
    nb: 'deltakeren «$1» har et negativt fordelingsgrunnlag «$2» ($3); fordelingsgrunnlag må være 0 eller mer',
  },
  {
    en: /^there must be at least one participant to allocate to$/,
    nb: 'det må være minst én deltaker å fordele på',
  },
  { en: /^every participant needs a non-empty string id$/, nb: 'hver deltaker må ha en id som ikke er tom' },
  {
    en: /^participant id "(.*)" appears twice \(participants\[(\d+)\] and participants\[(\d+)\]\)$/s,
    nb: 'deltaker-id-en «$1» står to ganger (participants[$2] og participants[$3])',
  },
  {
    en: /^the base fees alone, NOK (\S+) × (\d+) participants = NOK (\S+), exceed the total NOK (\S+)$/,
    nb: (base, n, bases, total) =>
      `grunnavgiftene alene, ${kr(base)} × ${n} deltakere = ${kr(bases)}, er mer enn totalsummen ${kr(total)}`,
  },
  {
    en: /^the "(.*)" drivers of the (\d+) participants add up to zero, so NOK (\S+) cannot be shared in proportion to them$/s,
    nb: (driver, n, amount) =>
      `fordelingsgrunnlaget «${driver}» for de ${n} deltakerne er til sammen null, så ${kr(amount)} kan ikke fordeles forholdsmessig`,
  },
  {
    en: /^the "(.*)" drivers at or above the free threshold (\S+) add up to zero, so NOK (\S+) cannot be shared in proportion to them$/s,
    nb: (driver, threshold, amount) =>
      `fordelingsgrunnlaget «${driver}» på eller over fritaksterskelen ${threshold} er til sammen null, så ${kr(amount)} kan ikke fordeles forholdsmessig`,
  },
  {
    en: /^the band fees of all participants add up to zero, so NOK (\S+) cannot be shared in proportion to them$/,
    nb: (amount) =>
      `intervallavgiftene for alle deltakerne er til sammen null, så ${kr(amount)} kan ikke fordeles forholdsmessig`,
  },
  {
    en: /^the fixed shares name "(.*)", which is not among the participants$/s,
    nb: 'de faste andelene nevner «$1», som ikke er blant deltakerne',
  },
  {
    en: /^participant "(.*)" \(participants\[(\d+)\]\) has no fixed share in the key$/s,
    nb: 'deltakeren «$1» (participants[$2]) har ingen fast andel i nøkkelen',
  },
  {
    en: /^the participants' fixed amounts add up to NOK (\S+), not the total NOK (\S+)$/,
    nb: (sum, total) => `deltakernes faste beløp blir til sammen ${kr(sum)}, ikke totalsummen ${kr(total)}`,
  },
  {
    en: /^the floors( and base fees)? of the (\d+) paying participants add up to at least NOK (\S+), more than the total NOK (\S+)$/,
    nb: (bases, n, sum, total) =>
      `gulvene${bases ? ' og grunnavgiftene' : ''} for de ${n} betalende deltakerne blir til sammen minst ${kr(sum)}, mer enn totalsummen ${kr(total)}`,
  },
  {
    en: /^with a cap of NOK (\S+), the (\d+) participants who share by the key can pay at most NOK (\S+) in all, less than the total NOK (\S+)$/,
    nb: (cap, n, most, total) =>
      `med et tak på ${kr(cap)} kan de ${n} deltakerne som deler etter nøkkelen, betale høyst ${kr(most)} til sammen, mindre enn totalsummen ${kr(total)}`,
  },

  // ── Economics, net positions and realisation (libs/cost-model npv.ts, net-positions.ts, realisation.ts) ─
  {
    en: /^must be a whole year \(got (.*)\)$/,
    nb: (value) => `må være et helt årstall (fikk ${got(value)})`,
  },
  { en: /^must be a list of yearly flows$/, nb: 'må være en liste over årlige kontantstrømmer' },
  {
    en: /^must be a whole year, not before the base year (\d+) \(got (.*)\)$/,
    nb: (base, value) => `må være et helt årstall, ikke før basisåret ${base} (fikk ${got(value)})`,
  },
  {
    en: /^(publicCost|investment|budgetSaving) is part of (cost|benefit) and cannot exceed it$/,
    nb: '$1 er en del av $2 og kan ikke være større',
  },
  { en: /^must have at least one period$/, nb: 'må ha minst én periode' },
  {
    en: /^the last period must be open-ended \(no throughYear\)$/,
    nb: 'den siste perioden må være åpen (uten throughYear)',
  },
  {
    en: /^required \(only the last period is open-ended\)$/,
    nb: 'må fylles ut (bare den siste perioden er åpen)',
  },
  { en: /^must be a whole year after (\d+)$/, nb: 'må være et helt årstall etter $1' },
  { en: /^must be a non-empty organisation id$/, nb: 'må være en organisasjons-id som ikke er tom' },
  { en: /^must be an administrative level$/, nb: 'må være et forvaltningsnivå' },
  {
    en: /^organisation "(.*)" is given as (\w+) elsewhere and as (\w+) here$/s,
    nb: 'organisasjonen «$1» er oppgitt som $2 et annet sted og som $3 her',
  },
  {
    en: /^must be a date as "YYYY-MM-DD" \(got (.*)\)$/s,
    nb: (value) => `må være en dato skrevet ÅÅÅÅ-MM-DD (fikk ${got(value)})`,
  },
  { en: /^must be a list of dates$/, nb: 'må være en liste over datoer' },
  {
    en: /^must be INCREASE or DECREASE \(got (.*)\)$/s,
    nb: (value) => `må være INCREASE eller DECREASE (fikk ${got(value)})`,
  },
  { en: /^must be a list of \{ date, value \}$/, nb: 'må være en liste over { date, value }' },
  { en: /^must be after the baseline date$/, nb: 'må være etter nullpunktsdatoen' },
  { en: /^must be after the date of (targets\[\d+\])$/, nb: 'må være etter datoen til $1' },
  { en: /^must not be above greenAt$/, nb: 'kan ikke være høyere enn greenAt' },
  {
    en: /^two measurements on (\S+); keep one per date so the result does not depend on their order$/,
    nb: 'to målinger den $1; behold én per dato, så resultatet ikke avhenger av rekkefølgen',
  },
];

function fill(template: string, parts: readonly string[]): string {
  return template.replace(/\$(\d)/g, (_, index: string) => parts[Number(index) - 1] ?? '');
}

/**
 * Longer messages stay English: the API's own are far shorter, and a huge one (a value of many megabytes
 * quoted back by GraphQL) must not cost the server time to match.
 */
const MAX_MESSAGE_LENGTH = 5000;

/** The entry that translates `message` and its Norwegian text, or null when no entry knows it. */
export function matchNb(message: string): { index: number; nb: string } | null {
  if (message.length > MAX_MESSAGE_LENGTH) return null;
  for (let index = 0; index < MESSAGES_NB.length; index++) {
    const entry = MESSAGES_NB[index];
    const match = entry.en.exec(message);
    if (!match) continue;
    const parts = match.slice(1).map((part) => part ?? '');
    const nb = typeof entry.nb === 'string' ? fill(entry.nb, parts) : entry.nb(...parts);
    if (nb !== null) return { index, nb };
  }
  return null;
}

/** The Norwegian Bokmål for an English message of the API, or null when the catalogue does not know it. */
export function translateToNb(message: string): string | null {
  return matchNb(message)?.nb ?? null;
}
