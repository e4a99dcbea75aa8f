/**
 * The typed key specification the API gives (KeySpec, fragment KeySpecFields) → the key specification JSON
 * the editor works on (specForm, describeSpec): the same JSON the API's keySpecJson writes for the typed
 * input, with the money under its JSON names (floorAmount → floor, baseAmount → base, feeAmount → fee).
 */
type Json = Record<string, unknown>;

/** The parts of a KeySpec every method has (a TWO_LEVEL group's key has only these). */
export interface KeySpecParts {
  method: string;
  floorAmount?: string | null;
  capAmount?: string | null;
  proportional?: { driver: string } | null;
  perUnit?: { driver: string; rate: string } | null;
  fixedShares?: { shares: readonly { participantId: string; percent: string }[] } | null;
  basePlusProportional?: { baseAmount: string; driver: string } | null;
  bands?: { driver: string; bands: readonly { upTo?: string | null; feeAmount: string }[] } | null;
  freeThreshold?: { driver: string; threshold: string } | null;
}

/** A KeySpec as the fragment KeySpecFields selects it. */
export interface KeySpecOutput extends KeySpecParts {
  twoLevel?: { groups: readonly { group: string; percent: string; key: KeySpecParts }[] } | null;
}

const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/** The JSON specification of a typed one. */
export function specOfKeySpec(keySpec: KeySpecOutput): Json {
  const spec: Json = { method: keySpec.method };
  if (keySpec.proportional) spec.driver = keySpec.proportional.driver;
  if (keySpec.perUnit) Object.assign(spec, { driver: keySpec.perUnit.driver, rate: keySpec.perUnit.rate });
  if (keySpec.fixedShares)
    spec.shares = Object.fromEntries(
      keySpec.fixedShares.shares.map((share) => [share.participantId, share.percent]),
    );
  if (keySpec.basePlusProportional)
    Object.assign(spec, {
      base: keySpec.basePlusProportional.baseAmount,
      driver: keySpec.basePlusProportional.driver,
    });
  if (keySpec.bands) {
    spec.driver = keySpec.bands.driver;
    spec.bands = keySpec.bands.bands.map((band) =>
      given(band.upTo) ? { upTo: band.upTo, fee: band.feeAmount } : { fee: band.feeAmount },
    );
  }
  if (keySpec.freeThreshold)
    Object.assign(spec, { driver: keySpec.freeThreshold.driver, threshold: keySpec.freeThreshold.threshold });
  if (keySpec.twoLevel)
    spec.groups = keySpec.twoLevel.groups.map((group) => ({
      group: group.group,
      percent: group.percent,
      key: specOfKeySpec(group.key),
    }));
  if (given(keySpec.floorAmount)) spec.floor = keySpec.floorAmount;
  if (given(keySpec.capAmount)) spec.cap = keySpec.capAmount;
  return spec;
}
