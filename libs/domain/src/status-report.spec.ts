import fc from 'fast-check';
import { BenefitStatus, MeasurementFrequency, RagStatus } from './benefit';
import {
  type ReportingBenefit,
  StatusReportState,
  TargetForecast,
  benefitStatusReportProblems,
  calendarPeriodOf,
  initiativeStatusPeriodOf,
  isIsoDate,
  reportingPeriodOf,
  statusReportDue,
  statusReportDueDate,
} from './status-report';

const { MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, ONCE } = MeasurementFrequency;
const { OVERDUE, DUE, UP_TO_DATE, NOT_REQUIRED } = StatusReportState;

const benefit = (overrides: Partial<ReportingBenefit> = {}): ReportingBenefit => ({
  frequency: HALF_YEARLY,
  status: BenefitStatus.IN_REALISATION,
  reportingFrom: '2021-05-01',
  lastTargetDate: '2025-12-31',
  ...overrides,
});

describe('reporting periods', () => {
  it.each([
    // a month: February 2026 has 28 days, February 2024 29 (leap year)
    [MONTHLY, '2026-02-14', '2026-02-01', '2026-02-28'],
    [MONTHLY, '2024-02-10', '2024-02-01', '2024-02-29'],
    [MONTHLY, '2026-12-31', '2026-12-01', '2026-12-31'],
    // quarters: January–March, April–June, July–September, October–December
    [QUARTERLY, '2026-05-20', '2026-04-01', '2026-06-30'],
    [QUARTERLY, '2026-01-01', '2026-01-01', '2026-03-31'],
    [QUARTERLY, '2026-10-31', '2026-10-01', '2026-12-31'],
    // halves: January–June, July–December
    [HALF_YEARLY, '2026-06-30', '2026-01-01', '2026-06-30'],
    [HALF_YEARLY, '2026-07-01', '2026-07-01', '2026-12-31'],
    // the calendar year
    [YEARLY, '2026-12-05', '2026-01-01', '2026-12-31'],
  ] as const)('%s: %s lies in %s–%s', (frequency, date, start, end) => {
    expect(calendarPeriodOf(frequency, date)).toEqual({ start, end });
  });

  it('gives a ONCE benefit one period, from its reporting start to its last target, whatever the date', () => {
    const once = benefit({ frequency: ONCE, reportingFrom: '2025-01-01', lastTargetDate: '2026-06-15' });
    expect(reportingPeriodOf(once, '2020-03-01')).toEqual({ start: '2025-01-01', end: '2026-06-15' });
    expect(reportingPeriodOf(once, '2030-03-01')).toEqual({ start: '2025-01-01', end: '2026-06-15' });
    expect(reportingPeriodOf({ ...once, lastTargetDate: null }, '2026-01-01')).toBeNull();
  });

  it('makes an initiative’s period status quarterly', () => {
    expect(initiativeStatusPeriodOf('2026-11-20')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });

  it.each([
    // Q1 2026 ends 31.03 → due the last day of April
    ['2026-01-01', '2026-03-31', '2026-04-30'],
    // H2 2026 ends 31.12.2026 → due 31.01.2027 (into the next year)
    ['2026-07-01', '2026-12-31', '2027-01-31'],
    // January 2026 ends 31.01 → due the last day of February, 28.02.2026
    ['2026-01-01', '2026-01-31', '2026-02-28'],
    // a ONCE period ending mid-month, 15.06.2026 → due the last day of July
    ['2025-01-01', '2026-06-15', '2026-07-31'],
  ])('a period %s–%s is due on %s', (start, end, due) => {
    expect(statusReportDueDate({ start, end })).toBe(due);
  });

  it('recognises calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('1.1.2026')).toBe(false);
  });
});

describe('statusReportDue', () => {
  it('flags the last half-year whose due date has passed, unreported, as overdue', () => {
    // 05.12.2026: H2 2026 runs; H1 2026 ended 30.06, due 31.07.2026, passed → OVERDUE.
    expect(statusReportDue(benefit(), ['2025-07-01'], '2026-12-05')).toEqual({
      state: OVERDUE,
      period: { start: '2026-01-01', end: '2026-06-30' },
      dueDate: '2026-07-31',
    });
  });

  it('is up to date once that half-year is reported, naming the running one and its due date', () => {
    // H1 2026 reported; the next is H2 2026 (01.07–31.12.2026), due 31.01.2027.
    expect(statusReportDue(benefit(), ['2026-01-01'], '2026-12-05')).toEqual({
      state: UP_TO_DATE,
      period: { start: '2026-07-01', end: '2026-12-31' },
      dueDate: '2027-01-31',
    });
  });

  it('says DUE while a period has ended but its month of grace runs, and OVERDUE the day after', () => {
    const quarterly = benefit({ frequency: QUARTERLY });
    // 15.04.2026: Q1 ended 31.03, due 30.04; Q4 2025 (due 31.01.2026) is reported → DUE Q1.
    expect(statusReportDue(quarterly, ['2025-10-01'], '2026-04-15')).toEqual({
      state: DUE,
      period: { start: '2026-01-01', end: '2026-03-31' },
      dueDate: '2026-04-30',
    });
    // 30.04.2026 is the due date itself: still DUE.
    expect(statusReportDue(quarterly, ['2025-10-01'], '2026-04-30').state).toBe(DUE);
    // 01.05.2026: the due date has passed → OVERDUE.
    expect(statusReportDue(quarterly, ['2025-10-01'], '2026-05-01').state).toBe(OVERDUE);
  });

  it('looks at the latest period only: an older gap is not overdue once the latest is reported', () => {
    // Monthly, 15.03.2026: January (due 28.02) is the last due; December 2025 was never reported.
    const monthly = benefit({ frequency: MONTHLY });
    expect(statusReportDue(monthly, ['2026-01-01', '2026-02-01'], '2026-03-15').state).toBe(UP_TO_DATE);
    expect(statusReportDue(monthly, ['2026-02-01'], '2026-03-15')).toMatchObject({
      state: OVERDUE,
      period: { start: '2026-01-01', end: '2026-01-31' },
      dueDate: '2026-02-28',
    });
  });

  it('owes nothing for periods that ended before the reporting start (the effect start)', () => {
    // Yearly from 01.01.2026: 2025 ended before the start, 2026 is running → UP_TO_DATE, 2026 due 31.01.2027.
    expect(
      statusReportDue(benefit({ frequency: YEARLY, reportingFrom: '2026-01-01' }), [], '2026-12-05'),
    ).toEqual({
      state: UP_TO_DATE,
      period: { start: '2026-01-01', end: '2026-12-31' },
      dueDate: '2027-01-31',
    });
  });

  it.each([
    BenefitStatus.IDENTIFIED,
    BenefitStatus.REALISED,
    BenefitStatus.NOT_REALISED,
    BenefitStatus.CANCELLED,
  ])('owes no report for a benefit that is %s', (status) => {
    expect(statusReportDue(benefit({ status }), [], '2026-12-05')).toEqual({
      state: NOT_REQUIRED,
      period: null,
      dueDate: null,
    });
  });

  it('owes a ONCE benefit one report, due the end of the month after its last target', () => {
    const once = benefit({ frequency: ONCE, reportingFrom: '2025-01-01', lastTargetDate: '2026-06-15' });
    const period = { start: '2025-01-01', end: '2026-06-15' };
    // before the target: the one period runs → UP_TO_DATE, due 31.07.2026
    expect(statusReportDue(once, [], '2026-03-01')).toEqual({
      state: UP_TO_DATE,
      period,
      dueDate: '2026-07-31',
    });
    // 20.07.2026: ended 15.06, due 31.07 → DUE; 01.08.2026 → OVERDUE
    expect(statusReportDue(once, [], '2026-07-20').state).toBe(DUE);
    expect(statusReportDue(once, [], '2026-08-01').state).toBe(OVERDUE);
    // reported: nothing more to report
    expect(statusReportDue(once, ['2025-01-01'], '2026-08-01')).toEqual({
      state: UP_TO_DATE,
      period: null,
      dueDate: null,
    });
    expect(statusReportDue({ ...once, lastTargetDate: null }, [], '2026-08-01').state).toBe(NOT_REQUIRED);
  });
});

describe('what a benefit status report must say', () => {
  const green = {
    ownerRag: RagStatus.GREEN,
    cause: '',
    correctiveAction: '',
    responsible: '',
    forecast: TargetForecast.MET,
    forecastValue: null,
  };

  it('needs nothing more when all is well', () => {
    expect(benefitStatusReportProblems(green)).toEqual([]);
  });

  it('needs cause, action and who is responsible for a deviation: amber, red, or a target at risk', () => {
    const needs = { code: 'STATUS_REPORT_DEVIATION_NEEDS', params: undefined };
    const fields = [
      { field: 'cause', message: needs },
      { field: 'correctiveAction', message: needs },
      { field: 'responsible', message: needs },
    ];
    expect(benefitStatusReportProblems({ ...green, ownerRag: RagStatus.AMBER })).toEqual(fields);
    expect(benefitStatusReportProblems({ ...green, forecast: TargetForecast.AT_RISK, cause: '  ' })).toEqual(
      fields,
    );
    expect(
      benefitStatusReportProblems({
        ...green,
        ownerRag: RagStatus.RED,
        cause: 'Forsinket leveranse',
        correctiveAction: 'Ny leverandør',
        responsible: 'Kari Nordmann',
      }),
    ).toEqual([]);
  });

  it('needs the value expected instead when the target will not be met, and none when it will', () => {
    const deviation = { cause: 'c', correctiveAction: 'a', responsible: 'r', ownerRag: RagStatus.RED };
    expect(benefitStatusReportProblems({ ...green, ...deviation, forecast: TargetForecast.NOT_MET })).toEqual(
      [{ field: 'forecastValue', message: { code: 'STATUS_REPORT_FORECAST_VALUE', params: undefined } }],
    );
    expect(
      benefitStatusReportProblems({
        ...green,
        ...deviation,
        forecast: TargetForecast.NOT_MET,
        forecastValue: '25000',
      }),
    ).toEqual([]);
    expect(benefitStatusReportProblems({ ...green, forecastValue: '1' })).toEqual([
      { field: 'forecastValue', message: { code: 'STATUS_REPORT_FORECAST_VALUE_MET', params: undefined } },
    ]);
  });

  it('refuses texts past their limits', () => {
    expect(benefitStatusReportProblems({ ...green, responsible: 'x'.repeat(201) })).toEqual([
      { field: 'responsible', message: { code: 'TOO_LONG', params: { max: 200 } } },
    ]);
  });
});

describe('reporting periods (properties)', () => {
  const dates = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const frequencies = fc.constantFrom(MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY);
  const dayAfter = (iso: string) =>
    new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

  it('puts every date in exactly one period, and the next period starts the day after', () => {
    fc.assert(
      fc.property(frequencies, dates, (frequency, date) => {
        const period = calendarPeriodOf(frequency, date);
        expect(period.start <= date && date <= period.end).toBe(true);
        expect(calendarPeriodOf(frequency, period.start)).toEqual(period);
        expect(calendarPeriodOf(frequency, dayAfter(period.end)).start).toBe(dayAfter(period.end));
      }),
    );
  });

  it('makes a report due between 28 and 31 days after its period ends', () => {
    fc.assert(
      fc.property(frequencies, dates, (frequency, date) => {
        const period = calendarPeriodOf(frequency, date);
        const grace = daysBetween(period.end, statusReportDueDate(period));
        expect(grace >= 28 && grace <= 31).toBe(true);
      }),
    );
  });

  it('never flags a benefit with every period reported', () => {
    fc.assert(
      fc.property(frequencies, dates, dates, (frequency, from, asOf) => {
        const b = benefit({ frequency, reportingFrom: from });
        // every period from two years before asOf (all that can matter) is reported
        const starts: string[] = [];
        let period = calendarPeriodOf(frequency, `${Number(asOf.slice(0, 4)) - 2}-01-01`);
        while (period.start <= asOf) {
          starts.push(period.start);
          period = calendarPeriodOf(frequency, dayAfter(period.end));
        }
        expect([UP_TO_DATE]).toContain(statusReportDue(b, starts, asOf).state);
      }),
    );
  });
});
