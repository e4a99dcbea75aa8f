/**
 * The API's enums, their translation keys (`enums.<Enum>.<VALUE>` in src/i18n) and react-admin choices.
 * The values come from @gevinst/domain so the UI cannot drift from the API's GraphQL enums.
 */
import {
  AdministrativeLevel,
  FundingScheme,
  InitiativePhase,
  LifeEvent,
  OrganisationKind,
  ParticipantRole,
} from '@gevinst/domain';

export const ENUMS = {
  OrganisationKind,
  AdministrativeLevel,
  LifeEvent,
  InitiativePhase,
  FundingScheme,
  ParticipantRole,
} as const;

export type EnumName = keyof typeof ENUMS;

export interface Choice {
  id: string;
  name: string;
}

/** The translation key for one enum value, e.g. enumLabelKey('InitiativePhase', 'PLANNING'). */
export function enumLabelKey(enumName: EnumName, value: string): string {
  return `enums.${enumName}.${value}`;
}

/** Choices for SelectInput/SelectField/SelectArrayInput; react-admin translates the names. */
export function enumChoices(enumName: EnumName): Choice[] {
  return Object.values(ENUMS[enumName]).map((value: string) => ({
    id: value,
    name: enumLabelKey(enumName, value),
  }));
}
