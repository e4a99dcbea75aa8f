/**
 * English messages of the initiative module: initiatives, their participants and funding sources
 * (apps/api/src/initiative). See ../types.ts for the conventions.
 */
import { roleEn } from './words';

export const initiativeEn = {
  /** createInitiative for an owner organisation the caller may not edit. */
  INITIATIVE_CREATE_ACCESS: () =>
    'Only initiative owners of the owner organisation (or administrators) create its initiatives',
  /** A change to initiative `code` by someone who may not edit it. */
  INITIATIVE_EDIT_ACCESS: (p: { code: string }) =>
    `Only initiative owners of the owner organisation (or administrators) change ${p.code}`,
  /** updateInitiative with a new owner the caller may not edit. */
  INITIATIVE_HANDOVER: () => 'Only administrators hand an initiative over to another organisation',
  /** The owner listed again among createInitiative's participants. */
  OWNER_TAKES_PART: () => 'the owner takes part already, as the owner',
  /** A participant other than the owner given role OWNER in createInitiative. */
  ONLY_OWNER_IS_OWNER: () => 'only the owner organisation has the role owner',
  /** Role OWNER given to, or taken from, a participant: the owner changes with updateInitiative. */
  OWNER_ROLE_BY_UPDATE: () =>
    "only the owner organisation has the role owner; change the initiative's owner instead",
  /**
   * addParticipant for an organisation that takes part already: `organisation` is its name, `role` its
   * role's code (ParticipantRole), written in words.
   */
  ALREADY_TAKES_PART: (p: { code: string; role: string; organisation: string }) =>
    `${p.organisation} already takes part in ${p.code} as ${roleEn(p.role)}`,
  /** Organisation `id` does not take part in initiative `code`. */
  PARTICIPANT_NOT_FOUND: (p: { code: string; id: string }) =>
    `Participant of ${p.code} ${p.id} was not found`,
  /** A TWO_LEVEL key's group name. */
  COST_GROUP_FORMAT: () => 'must be 1–40 letters, digits, dashes or underscores',
  OWNER_NOT_REMOVABLE: () => "the owner cannot be removed; change the initiative's owner first",
  /** An end before its start: `field` names the start, `date` is its value. */
  NOT_BEFORE_FIELD: (p: { field: string; date: string }) => `must not be before ${p.field} (${p.date})`,
  /** The responsible ministry is another kind of organisation (`kind` is its code). */
  NOT_A_MINISTRY: (p: { name: string; kind: string }) => `must be a ministry (${p.name} is ${p.kind})`,
  /** A cost-sharing key referred to by id does not exist. */
  COST_SHARING_KEY_MISSING: (p: { id: string }) => `cost-sharing key ${p.id} does not exist`,
  /** An initiative code is unique: `name` is the initiative that has it. */
  INITIATIVE_CODE_TAKEN: (p: { code: string; name: string }) => `${p.code} is already used by "${p.name}"`,
  /** A grant's funding source names an organisation: the scheme (`scheme` is its code) pays a grant. */
  GRANT_NAMES_NO_ORGANISATION: (p: { scheme: string }) =>
    `must be empty: a ${p.scheme} grant is paid by the scheme, not from an organisation's own budget`,
};
