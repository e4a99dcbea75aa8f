import {
  AdministrativeLevel,
  FundingScheme,
  InitiativePhase,
  LifeEvent,
  OrganisationKind,
  ParticipantRole,
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
