import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { GevinstMessages } from './nb';

/** Gevinst's own keys; typed against the Norwegian file so neither language can miss one. */
const custom: Omit<GevinstMessages, 'ra'> = {
  resources: {
    organisations: {
      name: 'Organisation |||| Organisations',
      create_title: 'New organisation',
      fields: {
        id: 'ID',
        orgNumber: 'Organisation number',
        name: 'Name',
        kind: 'Kind',
        administrativeLevel: 'Administrative level',
        municipalityNumber: 'Municipality number',
        countyNumber: 'County number',
        parentId: 'Parent organisation',
        population: 'Population',
        populations: 'Population over time',
        year: 'Year',
        value: 'Inhabitants',
        source: 'Source',
        isDemo: 'Demo data',
        version: 'Version',
        search: 'Search',
      },
      tabs: {
        summary: 'Summary',
        population: 'Population',
        children: 'Subordinate bodies',
        initiatives: 'Initiatives',
      },
      empty_children: 'No subordinate organisations.',
      empty_initiatives: 'The organisation takes part in no initiatives.',
      empty_populations: 'No population figures recorded.',
    },
    initiatives: {
      name: 'Initiative |||| Initiatives',
      create_title: 'New initiative',
      fields: {
        id: 'ID',
        code: 'Code',
        name: 'Name',
        description: 'Description',
        ownerId: 'Owner',
        ownerName: 'Owner',
        ministryId: 'Ministry',
        ministryName: 'Ministry',
        lifeEvent: 'Life event',
        phase: 'Phase',
        startDate: 'Start date',
        endDate: 'End date',
        fundingSources: 'Funding',
        scheme: 'Scheme',
        amount: 'Amount (NOK)',
        fundingDescription: 'Note',
        totalFunding: 'Total funding',
        participants: 'Participants',
        participantId: 'Participating organisation',
        role: 'Role',
        organisation: 'Organisation',
        administrativeLevel: 'Administrative level',
        isDemo: 'Demo data',
        version: 'Version',
        search: 'Search',
      },
      tabs: {
        summary: 'Summary',
        funding: 'Funding',
        participants: 'Participants',
      },
      empty_funding: 'No funding recorded.',
      empty_participants: 'No participants recorded.',
    },
  },
  enums: {
    OrganisationKind: {
      MINISTRY: 'Ministry',
      STATE_AGENCY: 'State agency',
      STATE_ADMINISTRATOR: 'State administrator (Statsforvalter)',
      COUNTY_AUTHORITY: 'County authority',
      MUNICIPALITY: 'Municipality',
      KS: 'KS',
      INTERMUNICIPAL_COMPANY: 'Intermunicipal company',
      OTHER: 'Other',
    },
    AdministrativeLevel: {
      CENTRAL: 'Central',
      REGIONAL: 'Regional',
      LOCAL: 'Local',
    },
    LifeEvent: {
      HAVING_CHILDREN: 'Having children',
      SERIOUSLY_ILL_CHILD: 'Seriously ill child',
      LOSING_AND_FINDING_A_JOB: 'Losing and finding a job',
      NEW_IN_NORWAY: 'New in Norway',
      DEATH_AND_INHERITANCE: 'Death and inheritance',
      VOLUNTARY_ORGANISATION: 'Starting and running a voluntary organisation',
      STARTING_AND_RUNNING_A_BUSINESS: 'Starting and running a business',
    },
    InitiativePhase: {
      CONCEPT: 'Concept',
      PLANNING: 'Planning',
      EXECUTION: 'Execution',
      REALISATION: 'Benefits realisation',
      CLOSED: 'Closed',
    },
    FundingScheme: {
      CO_FINANCING: 'Co-financing scheme',
      DIGIFIN: 'DigiFin',
      STIMULAB: 'StimuLab',
      OWN_BUDGET: 'Own budget',
      OTHER: 'Other funding',
    },
    ParticipantRole: {
      OWNER: 'Owner',
      PARTNER: 'Partner',
      FUNDER: 'Funder',
      BENEFICIARY: 'Beneficiary',
    },
  },
  gevinst: {
    language: 'Language',
    demo_badge: 'Demo',
    dashboard: {
      title: 'Gevinst',
      subtitle: 'Benefits realisation and cost sharing in the public sector',
      intro:
        'Gevinst helps ministries, state agencies, county authorities and municipalities plan, follow up and document the benefits of digitalisation initiatives they carry out together, and share the costs in an open and verifiable way. It brings initiatives, participants and funding from schemes such as the co-financing scheme, DigiFin and StimuLab together in one place, making clear who bears the costs and who reaps the benefits.',
      demo_title: 'Demo data',
      demo_text:
        'This installation contains demo data. Initiatives, amounts and participation are made-up examples and must not be used as a basis for decisions.',
      shortcuts: 'Shortcuts',
    },
    errors: {
      conflict:
        'Someone else changed this record after you opened it. Reload the page and make your changes again.',
      not_supported: 'This action is not supported.',
    },
    validation: {
      org_number: 'The organisation number must have 9 digits and a valid check digit',
      municipality_number: 'The municipality number must have 4 digits',
      municipality_number_required: 'Municipalities must have a municipality number',
      county_number: 'The county number must have 2 digits',
      county_number_required: 'Municipalities and county authorities must have a county number',
      initiative_code:
        'The code must be 2–40 characters: capital letters, digits and dashes, for example DIGIFIN-2026-01',
      nok_amount: 'Enter an amount in NOK with at most two decimals, for example 1234.50',
      end_before_start: 'The end date cannot be before the start date',
    },
  },
};

const en: TranslationMessages = { ...englishMessages, ...custom };

export default en;
