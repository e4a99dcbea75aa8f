/**
 * The shapes Gevinst's GraphQL API returns (apps/api, /graphql) and the records the admin works with.
 * Records keep the API's nested objects for display (parent.name, owner.name) and add flat `…Id`
 * fields that forms and ReferenceInputs edit; the data provider maps `…Id` back to the API's inputs.
 */
import type {
  AdministrativeLevel,
  FundingScheme,
  InitiativePhase,
  LifeEvent,
  OrganisationKind,
  ParticipantRole,
} from '@gevinst/domain';

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface PopulationFigure {
  year: number;
  value: number;
  /** Where the figure comes from, e.g. "SSB table 07459". */
  source: string | null;
}

export interface ApiOrganisation {
  id: string;
  orgNumber: string | null;
  name: string;
  kind: OrganisationKind;
  administrativeLevel: AdministrativeLevel;
  municipalityNumber: string | null;
  countyNumber: string | null;
  parent: OrganisationRef | null;
  population: number | null;
  populations: PopulationFigure[];
  isDemo: boolean;
  version: number;
}

export interface Organisation extends ApiOrganisation {
  parentId: string | null;
}

export interface FundingSource {
  scheme: FundingScheme;
  /** Decimal string, "1234.56". */
  amount: string;
  description: string | null;
}

export interface Participant {
  id: string;
  role: ParticipantRole;
  organisation: OrganisationRef;
}

export interface ApiInitiative {
  id: string;
  code: string;
  name: string;
  description: string | null;
  owner: OrganisationRef | null;
  ministry: OrganisationRef | null;
  lifeEvent: LifeEvent | null;
  phase: InitiativePhase;
  /** ISO calendar date, "2026-11-23". */
  startDate: string | null;
  endDate: string | null;
  fundingSources: FundingSource[];
  participants: Participant[];
  /** Overall RAG status today: the worst of its active benefits'; null when none is assessed yet. */
  rag: 'GREEN' | 'AMBER' | 'RED' | null;
  isDemo: boolean;
  version: number;
  updatedAt: string;
}

export interface Initiative extends ApiInitiative {
  ownerId: string | null;
  ministryId: string | null;
}

export interface Connection<TNode> {
  totalCount: number;
  nodes: TNode[];
}

export type SortDirection = 'ASC' | 'DESC';
