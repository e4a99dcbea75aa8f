import {
  AdministrativeLevel,
  AllocationRunStatus,
  AuditActorKind,
  AuditEntityType,
  CostSharingMethodCode,
  FundingScheme,
  InitiativePhase,
  LifeEvent,
  OrganisationKind,
  ParticipantRole,
  RagFilter,
  RagStatus,
} from '@gevinst/domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'The kind of public body. Its administrative level follows from it.',
  valuesMap: {
    MINISTRY: { description: 'A ministry (departement); central level.' },
    STATE_AGENCY: { description: 'A state agency (direktorat or etat); central level.' },
    STATE_ADMINISTRATOR: { description: 'The County Governor (statsforvalteren); regional level.' },
    COUNTY_AUTHORITY: { description: 'A county authority (fylkeskommune); regional level.' },
    MUNICIPALITY: {
      description: 'A municipality (kommune); local level. Must carry a four-digit municipality number.',
    },
    KS: { description: "KS, the local government sector's own organisation; local level." },
    INTERMUNICIPAL_COMPANY: { description: 'An intermunicipal company or cooperation (IKS); local level.' },
    OTHER: { description: 'Any other public body; treated as central level.' },
  },
});
registerEnumType(AdministrativeLevel, {
  name: 'AdministrativeLevel',
  description: 'Administrative level (forvaltningsnivå): central government, regional or local.',
  valuesMap: {
    CENTRAL: { description: 'Central government: ministries, state agencies and other bodies.' },
    REGIONAL: { description: 'Regional: county authorities and the County Governors.' },
    LOCAL: { description: 'Local: municipalities, KS and intermunicipal companies.' },
  },
});
registerEnumType(LifeEvent, {
  name: 'LifeEvent',
  description: 'The seven life events of the digital strategy 2019–2025 (livshendelser).',
  valuesMap: {
    HAVING_CHILDREN: { description: 'Having children (Få barn).' },
    SERIOUSLY_ILL_CHILD: { description: 'Seriously ill child (Alvorlig sykt barn).' },
    LOSING_AND_FINDING_A_JOB: { description: 'Losing and finding a job (Miste og finne jobb).' },
    NEW_IN_NORWAY: { description: 'New in Norway (Ny i Norge).' },
    DEATH_AND_INHERITANCE: { description: 'Death and inheritance (Dødsfall og arv).' },
    VOLUNTARY_ORGANISATION: {
      description:
        'Starting and running a voluntary organisation (Starte og drive en frivillig organisasjon).',
    },
    STARTING_AND_RUNNING_A_BUSINESS: {
      description: 'Starting and running a business (Starte og drive en bedrift).',
    },
  },
});
registerEnumType(InitiativePhase, {
  name: 'InitiativePhase',
  description: 'The life-cycle phase of an initiative.',
  valuesMap: {
    CONCEPT: { description: 'Concept: the idea and the business case are being worked out.' },
    PLANNING: { description: 'Planning: the project is being planned and funded.' },
    EXECUTION: { description: 'Execution: the solution is being built and delivered.' },
    REALISATION: { description: 'Realisation: delivered; the benefits are being realised and measured.' },
    CLOSED: { description: 'Closed: the initiative is finished.' },
  },
});
registerEnumType(FundingScheme, {
  name: 'FundingScheme',
  description:
    'Where the money comes from: the co-financing mechanism (Digdir), DigiFin (KS), StimuLab, own budget or other.',
  valuesMap: {
    CO_FINANCING: {
      description:
        "A grant from the state's co-financing mechanism (medfinansieringsordningen, Digdir); names no organisation.",
    },
    DIGIFIN: { description: "A grant from the municipal sector's DigiFin fund (KS); names no organisation." },
    STIMULAB: { description: 'A grant from StimuLab (Digdir); names no organisation.' },
    OWN_BUDGET: { description: "An organisation's own budget; names the organisation." },
    OTHER: { description: 'Any other source.' },
  },
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description:
    "An organisation's role in an initiative. Partners and funders share the costs unless told otherwise.",
  valuesMap: {
    OWNER: { description: 'The owning organisation (tiltakseier), responsible for the initiative.' },
    PARTNER: { description: 'A partner taking part in the work; shares the costs by default.' },
    FUNDER: { description: 'An organisation contributing money; shares the costs by default.' },
    BENEFICIARY: {
      description: 'An organisation that gets benefits but does not share the costs by default.',
    },
  },
});
registerEnumType(RagStatus, {
  name: 'RagStatus',
  description: 'GREEN: at least 90 % of the planned improvement to date; AMBER: at least 60 %; RED: less.',
  valuesMap: {
    GREEN: { description: 'At least 90 % of the planned improvement to date is realised.' },
    AMBER: {
      description: 'At least 60 % but less than 90 % of the planned improvement to date is realised.',
    },
    RED: { description: 'Less than 60 % of the planned improvement to date is realised.' },
  },
});
registerEnumType(RagFilter, {
  name: 'RagFilter',
  description: "An initiative's overall RAG status to filter by; NOT_ASSESSED: no benefit assessed yet.",
  valuesMap: {
    GREEN: { description: 'The overall status is GREEN (the worst status of its assessed benefits).' },
    AMBER: { description: 'The overall status is AMBER (the worst status of its assessed benefits).' },
    RED: { description: 'The overall status is RED (at least one assessed benefit is RED).' },
    NOT_ASSESSED: { description: 'None of its benefits has a RAG status yet.' },
  },
});

registerEnumType(AllocationRunStatus, {
  name: 'AllocationRunStatus',
  description: "Whether an allocation run is the year's current allocation or was replaced by a newer run.",
  valuesMap: {
    CURRENT: { description: 'The current run of its initiative and year: the allocation in force.' },
    SUPERSEDED: {
      description: 'Replaced by a newer run (see supersededByRunId); kept unchanged for the record.',
    },
  },
});
registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who made a change recorded in the audit trail.',
  valuesMap: {
    USER: { description: 'A signed-in user (actorUserId).' },
    API_TOKEN: { description: 'A user acting through an API token (actorUserId and actorTokenId).' },
    SYSTEM: { description: 'Gevinst itself: a migration, the seed or a scheduled job.' },
  },
});
registerEnumType(AuditEntityType, {
  name: 'AuditEntityType',
  description:
    'The kind of entity an audit event is about. The values keep the type names the trail stores (PascalCase).',
  valuesMap: {
    Initiative: { description: 'An initiative (tiltak).' },
    Organisation: { description: 'An organisation (public body).' },
    CostSharingKey: { description: 'A cost-sharing key and its versions.' },
    CostItem: { description: 'A cost item of an initiative.' },
    AllocationRun: { description: 'An allocation run of an initiative and year.' },
    Benefit: { description: 'A benefit of an initiative.' },
    BenefitMeasurement: { description: 'A measurement of a benefit’s indicator.' },
    BenefitOwnerReport: { description: 'A benefit owner’s yearly report.' },
    BenefitPlanVersion: { description: 'A version of an initiative’s benefits plan.' },
    BenefitStatusReport: { description: 'A benefit’s status in a period’s status report.' },
    InitiativeStatusReport: { description: 'An initiative’s status report for a period.' },
    Enabler: { description: 'A deliverable or change (enabler) in the benefits map.' },
    BenefitsMapEdge: { description: 'A dependency between two nodes of the benefits map.' },
    CoFinancingCall: { description: 'A co-financing call (utlysning).' },
    CoFinancingApplication: { description: 'An application for co-financing.' },
    OrganisationPopulation: { description: 'An organisation’s population for a year.' },
    PriceIndex: { description: 'The consumer price index (a year’s value).' },
    User: { description: 'A user account.' },
    ApiToken: { description: 'An API token.' },
    Session: { description: 'A sign-in or sign-out.' },
    Database: { description: 'The database itself (e.g. a migration or a restore).' },
    Access: { description: 'A refused attempt (entityId is the refused operation or path).' },
  },
});
registerEnumType(CostSharingMethodCode, {
  name: 'CostSharingMethod',
  description: 'How a cost-sharing key splits a cost among the participants (see docs/explanations.md).',
  valuesMap: {
    EQUAL: { description: 'The same amount for every participant.' },
    PROPORTIONAL: { description: 'In proportion to a driver (e.g. population).' },
    PER_UNIT: { description: 'A rate per unit of a driver.' },
    FIXED_SHARES: { description: 'Fixed percentages per participant, adding up to 100.' },
    BASE_PLUS_PROPORTIONAL: { description: 'A fixed base amount each, the rest in proportion to a driver.' },
    BANDS: { description: 'An amount per band of a driver (e.g. population bands).' },
    FREE_THRESHOLD: { description: 'Participants below a driver threshold pay nothing; the rest share.' },
    TWO_LEVEL: { description: 'Groups get percentages, and each group splits its part by its own method.' },
  },
});
