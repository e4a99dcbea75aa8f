/**
 * An initiative's benefit figures as of a date, as portfolioSummary.byInitiative gives them (over its own
 * analysis period; realisation % = realised ÷ planned to date). Money as decimal strings (NOK).
 */
export interface InitiativeBenefitFigures {
  plannedBenefitNok: string;
  plannedBenefitToDateNok: string;
  realisedBenefitNok: string;
  /** null: nothing planned to date */
  realisationPercent: string | null;
}

/**
 * Where the initiatives list gets each initiative's figures to sort by: implemented by portfolio analytics
 * (PortfolioService, which computes them once per change and keeps them), provided to this module under
 * this class as a token. Declared here so that the initiative folder does not import the portfolio folder
 * (which depends on it).
 */
export abstract class InitiativeFigureSource {
  /** Every initiative's figures as of `asOf` (yyyy-mm-dd), by id. */
  abstract figuresByInitiative(asOf: string): Promise<ReadonlyMap<string, InitiativeBenefitFigures>>;
}
