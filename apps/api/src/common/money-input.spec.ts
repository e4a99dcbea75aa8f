import { AppError, InputProblems } from './errors.js';
import { readMoneyInput } from './money-input.js';

function problemsOf(input: object, type: Parameters<typeof readMoneyInput>[1], path = '') {
  const problems = new InputProblems();
  readMoneyInput(input, type, problems, path);
  try {
    problems.throwIfAny();
    return [];
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code).toBe('BAD_USER_INPUT');
    return error.problems.map((p) => `${p.field} ${(p.message as { code: string }).code}`);
  }
}

describe('readMoneyInput', () => {
  it('moves the …Amount name to the old property and removes it', () => {
    const input: Record<string, unknown> = { residualValueAmount: '10.00', preProjectRunningCost: '5.00' };
    expect(problemsOf(input, 'CreateInitiativeInput')).toEqual([]);
    expect(input).toEqual({ residualValue: '10.00', preProjectRunningCost: '5.00' });
    // A second read finds nothing to move and changes nothing.
    expect(problemsOf(input, 'CreateInitiativeInput')).toEqual([]);
    expect(input).toEqual({ residualValue: '10.00', preProjectRunningCost: '5.00' });
  });

  it('keeps null under the new name (an update that clears) and leaves an absent field absent', () => {
    const input: Record<string, unknown> = { valuePerUnitAmount: null };
    expect(problemsOf(input, 'UpdateBenefitInput')).toEqual([]);
    expect(input).toEqual({ valuePerUnit: null });
    const none: Record<string, unknown> = {};
    expect(problemsOf(none, 'UpdateBenefitInput')).toEqual([]);
    expect(none).toEqual({});
  });

  it('accepts the same figure under both names and refuses different ones (null is one)', () => {
    expect(problemsOf({ cap: '1.00', capAmount: '1.00' }, 'KeySpecInput')).toEqual([]);
    expect(problemsOf({ cap: '1.00', capAmount: '2.00' }, 'KeySpecInput', 'keySpec')).toEqual([
      'keySpec.capAmount MONEY_INPUT_BOTH_NAMES',
    ]);
    expect(problemsOf({ valuePerUnit: null, valuePerUnitAmount: '2.00' }, 'UpdateBenefitInput')).toEqual([
      'valuePerUnitAmount MONEY_INPUT_BOTH_NAMES',
    ]);
  });

  it('requires one of the two names where the field was required', () => {
    expect(
      problemsOf({ driver: 'population' }, 'BasePlusProportionalKeySpecInput', 'k.basePlusProportional'),
    ).toEqual(['k.basePlusProportional.baseAmount MONEY_INPUT_REQUIRED']);
    expect(problemsOf({ fee: null, feeAmount: null }, 'FeeBandInput')).toEqual([
      'feeAmount MONEY_INPUT_REQUIRED',
    ]);
    expect(problemsOf({ fee: '1.00' }, 'FeeBandInput')).toEqual([]);
    expect(problemsOf({ totalCostAmount: '1.00' }, 'CreateCoFinancingApplicationInput')).toEqual([
      'requestedGrantAmount MONEY_INPUT_REQUIRED',
    ]);
  });
});
