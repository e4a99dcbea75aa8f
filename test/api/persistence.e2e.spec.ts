import { rmSync } from 'node:fs';
import { startTestApp, tempPgliteDir } from './support/test-app.js';

describe('embedded database persistence', () => {
  it('keeps every change across a restart on the same data folder', async () => {
    const dir = tempPgliteDir();
    try {
      const first = await startTestApp({ pgliteDir: dir, demo: true });
      const created = await first.gql(
        `mutation { createOrganisation(input: { orgNumber: "923609016", name: "Testselskap IKS", kind: INTERMUNICIPAL_COMPANY,
          populations: [{ year: 2024, value: 1000 }] }) { id } }`,
      );
      expect(created.errors).toBeUndefined();
      await first.close();

      const second = await startTestApp({ pgliteDir: dir, demo: true });
      const found = await second.gql(
        `{ organisationByOrgNumber(orgNumber: "923609016") { name administrativeLevel population } initiatives { totalCount } }`,
      );
      expect(found.data.organisationByOrgNumber).toEqual({
        name: 'Testselskap IKS',
        administrativeLevel: 'LOCAL',
        population: 1000,
      });
      expect(found.data.initiatives.totalCount).toBe(10); // the demo portfolio was not loaded twice
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
