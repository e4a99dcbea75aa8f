import {
  AdministrativeLevel,
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
});
registerEnumType(AdministrativeLevel, {
  name: 'AdministrativeLevel',
  description: 'Administrative level (forvaltningsnivå): central government, regional or local.',
});
registerEnumType(LifeEvent, {
  name: 'LifeEvent',
  description: 'The seven life events of the digital strategy 2019–2025 (livshendelser).',
});
registerEnumType(InitiativePhase, { name: 'InitiativePhase' });
registerEnumType(FundingScheme, {
  name: 'FundingScheme',
  description:
    'Where the money comes from: the co-financing mechanism (Digdir), DigiFin (KS), StimuLab, own budget or other.',
});
registerEnumType(ParticipantRole, { name: 'ParticipantRole' });
registerEnumType(RagStatus, {
  name: 'RagStatus',
  description: 'GREEN: at least 90 % of the planned improvement to date; AMBER: at least 60 %; RED: less.',
});
registerEnumType(RagFilter, {
  name: 'RagFilter',
  description: "An initiative's overall RAG status to filter by; NOT_ASSESSED: no benefit assessed yet.",
});
