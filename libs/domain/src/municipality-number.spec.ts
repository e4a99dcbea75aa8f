import { renderMessage } from './messages';
import { countyNumberOf, municipalityNumberProblem as problemOf } from './municipality-number';
import { AdministrativeLevel, OrganisationKind, administrativeLevelOf } from './organisation';
import { nokAmountProblem as nokProblemOf, normaliseNok } from './money';

/** The problem in English, as the API writes it. */
function municipalityNumberProblem(value: string, known: Iterable<string>): string | null {
  const message = problemOf(value, known);
  return message && renderMessage(message, 'en');
}

function nokAmountProblem(...args: Parameters<typeof nokProblemOf>): string | null {
  const message = nokProblemOf(...args);
  return message && renderMessage(message, 'en');
}

const counties = ['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56'];

describe('municipality number', () => {
  it('takes the county from the first two digits', () => {
    expect(countyNumberOf('4601')).toBe('46');
    expect(countyNumberOf('0301')).toBe('03');
  });
  it('accepts Bergen and Oslo', () => {
    expect(municipalityNumberProblem('4601', counties)).toBeNull();
    expect(municipalityNumberProblem('0301', counties)).toBeNull();
  });
  it('refuses a number in a county that does not exist', () => {
    expect(municipalityNumberProblem('9901', counties)).toBe(
      '9901 starts with 99, which is not an existing county number',
    );
  });
  it('refuses anything but four digits', () => {
    expect(problemOf('301', counties)).toEqual({ code: 'EXACT_DIGITS', params: { digits: 4, got: '"301"' } });
    expect(municipalityNumberProblem('301', counties)).toBe('must be exactly 4 digits (got "301")');
    expect(municipalityNumberProblem('46011', counties)).toMatch(/exactly 4 digits/);
  });
});

describe('administrative level follows from the kind', () => {
  it.each([
    [OrganisationKind.MINISTRY, AdministrativeLevel.CENTRAL],
    [OrganisationKind.STATE_AGENCY, AdministrativeLevel.CENTRAL],
    [OrganisationKind.STATE_ADMINISTRATOR, AdministrativeLevel.REGIONAL],
    [OrganisationKind.COUNTY_AUTHORITY, AdministrativeLevel.REGIONAL],
    [OrganisationKind.MUNICIPALITY, AdministrativeLevel.LOCAL],
    [OrganisationKind.KS, AdministrativeLevel.LOCAL],
  ])('%s is %s', (kind, level) => {
    expect(administrativeLevelOf(kind)).toBe(level);
  });
});

describe('NOK amounts as strings', () => {
  it('normalises to two decimals', () => {
    expect(normaliseNok('12')).toBe('12.00');
    expect(normaliseNok('012.5')).toBe('12.50');
    expect(normaliseNok('-0.5')).toBe('-0.50');
  });
  it('refuses floats with more than two decimals and negatives by default', () => {
    expect(nokAmountProblem('1.005')).toMatch(/at most two decimals/);
    expect(nokAmountProblem('-1.00')).toMatch(/negative/);
    expect(nokAmountProblem('-1.00', { allowNegative: true })).toBeNull();
    expect(nokAmountProblem('1e5')).toMatch(/at most two decimals/);
  });
});
