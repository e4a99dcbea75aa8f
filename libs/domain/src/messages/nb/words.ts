/** Norwegian renderings of the parts English messages share. */

/** `"x"` (as a message quotes a value) → «x»; `nothing` → ingenting; anything else as it is. */
export function got(value: string): string {
  if (value === 'nothing') return 'ingenting';
  const quoted = /^"(.*)"$/s.exec(value);
  return quoted ? `«${quoted[1]}»` : value;
}

/** Every "quoted" part of a text as «quoted» (titles in a list, a path of titles). */
export function guillemets(text: string): string {
  return text.replace(/"([^"]*)"/g, '«$1»');
}

/** The words that join a list: "a, b or c" → "a, b eller c". */
export function or(list: string): string {
  return list.replace(/ or /g, ' eller ');
}

interface EntityWords {
  /** The definite form as it starts a sentence ("Initiativet"). */
  subject: string;
  /** The pronoun that refers back to it ("det" for neuter, "den" otherwise). */
  pronoun: 'den' | 'det';
}

/** The entity names of NOT_FOUND and STALE_VERSION, in Norwegian. */
export const ENTITIES: Record<string, EntityWords> = {
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
  'Co-financing call': { subject: 'Utlysningen', pronoun: 'den' },
  'Co-financing application': { subject: 'Søknaden om medfinansiering', pronoun: 'den' },
};

/** The subject in the middle of a sentence: "initiativet", but "API-nøkkelen" as it is. */
export function midSentence(subject: string): string {
  return /^[A-ZÆØÅ][a-zæøå]/.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

/** Organisation kinds with the indefinite article, as in "X er en statlig virksomhet". */
export const KINDS: Record<string, string> = {
  MINISTRY: 'et departement',
  STATE_AGENCY: 'en statlig virksomhet',
  STATE_ADMINISTRATOR: 'en statsforvalter',
  COUNTY_AUTHORITY: 'en fylkeskommune',
  MUNICIPALITY: 'en kommune',
  KS: 'KS',
  INTERMUNICIPAL_COMPANY: 'et interkommunalt selskap',
  OTHER: 'en annen type organisasjon',
};

export function kind(code: string): string | null {
  return KINDS[code] ?? null;
}

/** The entity as a Norwegian sentence starts with it; an unknown one as it is. */
export function entity(name: string): EntityWords {
  return ENTITIES[name] ?? { subject: name, pronoun: 'den' };
}

/**
 * Participant roles (ParticipantRole) as a Norwegian sentence names them ("deltar som samarbeidspartner"),
 * the same words as the admin's labels; an unknown code is written as it is.
 */
export const ROLES: Record<string, string> = {
  OWNER: 'eier',
  PARTNER: 'samarbeidspartner',
  FUNDER: 'finansierer',
  BENEFICIARY: 'gevinstmottaker',
};

export function role(code: string): string {
  return ROLES[code] ?? code;
}
