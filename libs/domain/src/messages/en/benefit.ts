/**
 * English messages of the benefit module: benefits with their targets and risks (apps/api/src/benefit)
 * and their measurements (apps/api/src/measurement). See ../types.ts for the conventions. A `title` is a
 * benefit's title as stored: the English quotes it "…", the Norwegian «…». Dates are "YYYY-MM-DD" and
 * values are decimals as stored; both languages show them as they are.
 */
export const benefitEn = {
  // ── Benefits ───────────────────────────────────────────────────────────────────────────────────────
  /** A benefit with measurements or owner reports cannot be deleted: its history must stay readable. */
  BENEFIT_HAS_HISTORY: (p: { title: string; measurements: number; reports: number }) =>
    `"${p.title}" has ${p.measurements} measurement version(s) and ${p.reports} benefit owner report(s); its history must stay readable, so set its status to CANCELLED instead of deleting it`,
  /** A public-sector category (libs/domain requiresReceivingOrganisation) without the receiving organisation. */
  RECEIVER_REQUIRED: (p: { category: string }) =>
    `a ${p.category} benefit is received by a public organisation: name it`,
  /** The benefit owner's user account referred to by id does not exist. */
  USER_MISSING: (p: { id: string }) => `user ${p.id} does not exist`,
  EFFECT_START_BEFORE_BASELINE: (p: { baselineDate: string; date: string }) =>
    `must not be before the baseline date ${p.baselineDate} (got ${p.date}): the effect is measured from the baseline`,
  EFFECT_START_AFTER_FIRST_TARGET: (p: { targetDate: string; date: string }) =>
    `must not be after the first target's date ${p.targetDate} (got ${p.date}): the plan would promise an improvement before the effect can begin`,
  TARGET_NOT_AFTER_BASELINE: (p: { baselineDate: string; date: string }) =>
    `must be after the baseline date ${p.baselineDate} (got ${p.date}): a target is a planned value after the baseline measurement`,
  /** Two targets on one date; `also` is the path of the first ("targets[0]"). */
  TARGET_DATE_TWICE: (p: { date: string; also: string }) => `${p.date} is given twice (also ${p.also})`,
  /**
   * A dis-benefit whose last target is better than the baseline. `way` is the better way of the
   * indicator: "higher" (INCREASE) or "lower" (DECREASE).
   */
  DIS_BENEFIT_TARGET_BETTER: (p: {
    value: string;
    date: string;
    baseline: string;
    way: 'higher' | 'lower';
  }) =>
    `a dis-benefit's targets go the unfavourable way, but the last target (${p.value} on ${p.date}) is better than the baseline (${p.baseline}; ${p.way} is better): clear isDisBenefit or check the direction`,
  /** A benefit (not a dis-benefit) whose last target is worse than the baseline; `way` as above. */
  TARGET_WORSE_THAN_BASELINE: (p: {
    value: string;
    date: string;
    baseline: string;
    way: 'higher' | 'lower';
  }) =>
    `the last target (${p.value} on ${p.date}) is worse than the baseline (${p.baseline}; ${p.way} is better): mark the benefit as a dis-benefit (isDisBenefit: true) or check the direction`,
  /** A baseline date moved after current measurements; `first` is the earliest of them. */
  BASELINE_AFTER_MEASUREMENTS: (p: { count: number; baselineDate: string; first: string }) =>
    `${p.count} measurement(s) are dated before ${p.baselineDate} (the first on ${p.first}): the baseline is measured before any effect, so it cannot come after a measurement`,

  // ── Measurements ───────────────────────────────────────────────────────────────────────────────────
  /** Who may record: libs/domain canRecordMeasurement. */
  MEASUREMENT_ACCESS: (p: { title: string }) =>
    `Only users of the initiative's owner organisation or of the organisation receiving "${p.title}" (or administrators) record its measurements`,
  MEASURED_BEFORE_BASELINE: (p: { baselineDate: string; date: string }) =>
    `must be on or after the baseline date ${p.baselineDate} (got ${p.date}): the baseline is the first measurement, taken before any effect`,
  /** `today` is the date in Norway. */
  MEASURED_IN_FUTURE: (p: { date: string; today: string }) =>
    `must not be in the future (got ${p.date}, today is ${p.today})`,
  /** A second measurement for a date that has a current one: correct that one instead. */
  MEASUREMENT_EXISTS: (p: { date: string; value: string; id: string }) =>
    `A measurement for ${p.date} is recorded already (value ${p.value}, id ${p.id}); correct it with correctMeasurement`,
  /** The unique index refused the insert: another request recorded the date between the check and the write. */
  MEASUREMENT_RECORDED_MEANWHILE: (p: { date: string }) =>
    `A measurement for ${p.date} was recorded by someone else meanwhile; reload and correct it`,
  /** A correction of a version that is superseded already; `by` is the id of the version that did. */
  MEASUREMENT_CORRECTED_ALREADY: (p: { date: string; by: string }) =>
    `This version of the measurement of ${p.date} was corrected already (by ${p.by}); correct the current version`,
  /** Another correction superseded the version between the read and the write. */
  MEASUREMENT_CORRECTED_MEANWHILE: (p: { date: string }) =>
    `The measurement of ${p.date} was corrected by someone else meanwhile; reload it`,
  CORRECTION_REASON_REQUIRED: () => 'must not be empty: say why the value is corrected',
  /** A correction to the value recorded already. */
  NOTHING_TO_CORRECT: (p: { value: string }) =>
    `is the value recorded already (${p.value}): nothing to correct`,
  /**
   * A measurement sent with the externalId of a current measurement of the benefit, but another date or
   * value: correct that one instead (an identical one is UNCHANGED, not this).
   */
  MEASUREMENT_EXTERNAL_ID_TAKEN: (p: { externalId: string; date: string; value: string; id: string }) =>
    `externalId "${p.externalId}" belongs to the measurement of ${p.date} already (value ${p.value}, id ${p.id}); correct it with correctMeasurement`,
};
