import { Injectable, Logger } from '@nestjs/common';
import { CostCategory, type CostSharingKeySpec } from '@gevinst/domain';
import { AllocationService } from '../../allocation/allocation.service.js';
import { SYSTEM_ACTOR } from '../../auth/actor.js';
import { CostItemService } from '../../cost-item/cost-item.service.js';
import { CostSharingKeyService } from '../../cost-sharing-key/cost-sharing-key.service.js';
import { InitiativeService } from '../../initiative/initiative.service.js';
import { OrganisationRepository } from '../../organisation/organisation.repository.js';
import { ORG } from './demo-portfolio.js';
import { SeedRepository } from './seed.repository.js';

interface DemoCosts {
  initiativeCode: string;
  keyOwner: string;
  keyName: string;
  keyDescription: string;
  spec: CostSharingKeySpec;
  populationYear: number | null;
  drivers?: { year: number; driver: string; source: string; values: Record<string, string> };
  items: { year: number; category: CostCategory; description: string; planned: string; actual?: string }[];
  runYears: number[];
}

/**
 * The demo portfolio's costs, keys and allocation runs: realistic illustrations of the cost-sharing
 * methods in use in Norway (see DOMAIN.md), created through the same services users call, so every figure
 * is computed and audited exactly as in real use. Demo mode only; marked as demo.
 */
export const DEMO_COSTS: DemoCosts[] = [
  {
    initiativeCode: 'DEMO-DIGIFIN-FIKS',
    keyOwner: ORG.KS,
    keyName: '[Demo] DigiFin – 20 kr per innbygger',
    keyDescription: 'Kommunenes andel i DigiFin: 20 kroner per innbygger per 1. januar 2024 (SSB).',
    spec: { method: 'PER_UNIT', driver: 'population', rate: '20.00' },
    populationYear: 2024,
    items: [
      {
        year: 2024,
        category: CostCategory.OPERATION,
        description: 'Kommunenes DigiFin-andel 2024',
        planned: '111004060.00',
        actual: '111004060.00',
      },
    ],
    runYears: [2024],
  },
  {
    initiativeCode: 'DEMO-DIGIFIN-HELSESTASJON',
    keyOwner: ORG.BERGEN,
    keyName: '[Demo] Helsestasjon – grunnbeløp og innbyggertall',
    keyDescription:
      'Hver kommune betaler 5 000 kr per kostnadspost; resten fordeles etter innbyggertall 1. januar 2024.',
    spec: { method: 'BASE_PLUS_PROPORTIONAL', base: '5000.00', driver: 'population' },
    populationYear: 2024,
    items: [
      {
        year: 2024,
        category: CostCategory.DEVELOPMENT,
        description: 'Utvikling av løsningen',
        planned: '6200000.00',
        actual: '6450000.00',
      },
      {
        year: 2024,
        category: CostCategory.LICENCE,
        description: 'Lisenser',
        planned: '800000.00',
        actual: '800000.00',
      },
      {
        year: 2025,
        category: CostCategory.OPERATION,
        description: 'Drift og forvaltning',
        planned: '2400000.00',
      },
    ],
    runYears: [2024, 2025],
  },
  {
    initiativeCode: 'DEMO-DIGIFIN-BYGGESAK',
    keyOwner: ORG.DIBK,
    keyName: '[Demo] Byggesak – avgift etter innbyggerbånd',
    keyDescription:
      'Under 5 000 innbyggere: 25 000 kr; 5 000–20 000: 60 000 kr; 20 000 eller flere: 150 000 kr (vekter).',
    spec: {
      method: 'BANDS',
      driver: 'population',
      bands: [{ upTo: 5000, fee: '25000.00' }, { upTo: 20000, fee: '60000.00' }, { fee: '150000.00' }],
    },
    populationYear: 2024,
    items: [
      {
        year: 2025,
        category: CostCategory.OPERATION,
        description: 'Drift og forvaltning',
        planned: '3000000.00',
      },
    ],
    runYears: [2025],
  },
  {
    initiativeCode: 'DEMO-MEDFIN-TOLK',
    keyOwner: ORG.IMDI,
    keyName: '[Demo] Tolk – stat og kommune 50/50',
    keyDescription: 'Halvparten bæres av staten (likt), halvparten av kommunene etter innbyggertall.',
    spec: {
      method: 'TWO_LEVEL',
      groups: [
        { group: 'CENTRAL', percent: '50', key: { method: 'EQUAL' } },
        { group: 'LOCAL', percent: '50', key: { method: 'PROPORTIONAL', driver: 'population' } },
      ],
    },
    populationYear: 2024,
    items: [
      {
        year: 2025,
        category: CostCategory.LICENCE,
        description: 'Bestillingsløsning',
        planned: '1200000.00',
        actual: '1200000.00',
      },
      {
        year: 2025,
        category: CostCategory.OPERATION,
        description: 'Drift',
        planned: '800000.00',
        actual: '760000.00',
      },
    ],
    runYears: [2025],
  },
  {
    initiativeCode: 'DEMO-FELLES-POSTKASSE',
    keyOwner: ORG.DIGDIR,
    keyName: '[Demo] Postkasse – etter antall brev',
    keyDescription: 'Kostnaden fordeles etter antall sendte brev året før.',
    spec: { method: 'PROPORTIONAL', driver: 'letters' },
    populationYear: null,
    drivers: {
      year: 2026,
      driver: 'letters',
      source: 'Demo: anslått antall brev',
      values: { [ORG.NAV]: '4500000', [ORG.SKATT]: '3800000', [ORG.OSLO]: '420000', [ORG.BERGEN]: '180000' },
    },
    items: [{ year: 2026, category: CostCategory.OPERATION, description: 'Drift', planned: '6000000.00' }],
    runYears: [2026],
  },
];

@Injectable()
export class DemoCostsSeeder {
  private readonly logger = new Logger(DemoCostsSeeder.name);

  constructor(
    private readonly seeds: SeedRepository,
    private readonly organisations: OrganisationRepository,
    private readonly keys: CostSharingKeyService,
    private readonly costItems: CostItemService,
    private readonly allocations: AllocationService,
    private readonly initiatives: InitiativeService,
  ) {}

  /** Adds what is missing (by key name); existing demo costs are left as they are. */
  async seed(): Promise<void> {
    let added = 0;
    for (const demo of DEMO_COSTS) {
      const initiative = await this.seeds.demoInitiative(demo.initiativeCode);
      const owner = await this.organisations.findByOrgNumber(demo.keyOwner);
      if (!initiative || !owner) continue;
      if (await this.seeds.keyExists(owner.id, demo.keyName)) continue;
      const key = await this.keys.create(SYSTEM_ACTOR, {
        name: demo.keyName,
        description: demo.keyDescription,
        ownerOrganisationId: owner.id,
        spec: demo.spec as unknown as Record<string, unknown>,
        populationYear: demo.populationYear,
      });
      await this.initiatives.update(SYSTEM_ACTOR, {
        id: initiative.id,
        version: initiative.version,
        costSharingKeyId: key.id,
      });
      if (demo.drivers) {
        const ids = await this.seeds.organisationIds(Object.keys(demo.drivers.values));
        await this.allocations.setDrivers(SYSTEM_ACTOR, {
          initiativeId: initiative.id,
          year: demo.drivers.year,
          driver: demo.drivers.driver,
          source: demo.drivers.source,
          values: ids.map((row) => ({ organisationId: row.id, value: demo.drivers!.values[row.org_number] })),
        });
      }
      for (const item of demo.items) {
        await this.costItems.create(SYSTEM_ACTOR, {
          initiativeId: initiative.id,
          year: item.year,
          category: item.category,
          description: item.description,
          plannedAmount: item.planned,
          actualAmount: item.actual ?? null,
        });
      }
      for (const year of demo.runYears) await this.allocations.run(SYSTEM_ACTOR, initiative.id, year);
      await this.seeds.markDemoCosts(key.id, initiative.id);
      added++;
    }
    if (added)
      this.logger.log(`Demo costs: keys, cost items and allocation runs for ${added} initiatives added`);
  }
}
