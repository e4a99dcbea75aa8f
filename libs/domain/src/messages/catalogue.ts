/**
 * The one message catalogue per language: every module's messages, keyed by code. The English defines
 * the codes and their parameters; the Norwegian must have exactly the same codes (checked by the type
 * of each module's Norwegian part and by messages.spec.ts).
 */
import { budgetEn } from './en/budget';
import { budgetNb } from './nb/budget';
import { commonEn } from './en/common';
import { commonNb } from './nb/common';
import { domainEn } from './en/domain';
import { domainNb } from './nb/domain';
import { costModelEn } from './en/cost-model';
import { costModelNb } from './nb/cost-model';
import { costSharingKeyEn } from './en/cost-sharing-key';
import { costSharingKeyNb } from './nb/cost-sharing-key';
import { economicsEn } from './en/economics';
import { economicsNb } from './nb/economics';
import { initiativeEn } from './en/initiative';
import { initiativeNb } from './nb/initiative';
import { benefitEn } from './en/benefit';
import { benefitNb } from './nb/benefit';
import { costItemEn } from './en/cost-item';
import { costItemNb } from './nb/cost-item';
import { organisationEn } from './en/organisation';
import { organisationNb } from './nb/organisation';
import { userEn } from './en/user';
import { userNb } from './nb/user';
import { auditEn } from './en/audit';
import { auditNb } from './nb/audit';
import { exportEn } from './en/export';
import { exportNb } from './nb/export';
import { coFinancingEn } from './en/co-financing';
import { coFinancingNb } from './nb/co-financing';
import { graphqlEdgeEn } from './en/graphql-edge';
import { graphqlEdgeNb } from './nb/graphql-edge';
import { allocationEn } from './en/allocation';
import { allocationNb } from './nb/allocation';
import { portfolioEn } from './en/portfolio';
import { portfolioNb } from './nb/portfolio';
import { benefitReportEn } from './en/benefit-report';
import { benefitReportNb } from './nb/benefit-report';
import { digifinEn } from './en/digifin';
import { digifinNb } from './nb/digifin';
import { benefitPlanEn } from './en/benefit-plan';
import { benefitPlanNb } from './nb/benefit-plan';
import { coFinancingApplicationEn } from './en/co-financing-application';
import { coFinancingApplicationNb } from './nb/co-financing-application';
import { keyComparisonEn } from './en/key-comparison';
import { keyComparisonNb } from './nb/key-comparison';
import { statusReportEn } from './en/status-report';
import { statusReportNb } from './nb/status-report';
import type { Language, Templates } from './types';

/** The English catalogue: every code the API and the libraries can say, with its parameters. */
export const EN = {
  ...commonEn,
  ...domainEn,
  ...costModelEn,
  ...costSharingKeyEn,
  ...economicsEn,
  ...initiativeEn,
  ...benefitEn,
  ...costItemEn,
  ...organisationEn,
  ...userEn,
  ...auditEn,
  ...exportEn,
  ...coFinancingEn,
  ...graphqlEdgeEn,
  ...allocationEn,
  ...portfolioEn,
  ...benefitReportEn,
  ...digifinEn,
  ...benefitPlanEn,
  ...coFinancingApplicationEn,
  ...keyComparisonEn,
  ...statusReportEn,
  ...budgetEn,
};

/** The Norwegian Bokmål catalogue, the same codes as EN. */
export const NB: { [C in MessageCode]: (params: MessageParams<C>) => string } = {
  ...commonNb,
  ...domainNb,
  ...costModelNb,
  ...costSharingKeyNb,
  ...economicsNb,
  ...initiativeNb,
  ...benefitNb,
  ...costItemNb,
  ...organisationNb,
  ...userNb,
  ...auditNb,
  ...exportNb,
  ...coFinancingNb,
  ...graphqlEdgeNb,
  ...allocationNb,
  ...portfolioNb,
  ...benefitReportNb,
  ...digifinNb,
  ...benefitPlanNb,
  ...coFinancingApplicationNb,
  ...keyComparisonNb,
  ...statusReportNb,
  ...budgetNb,
};

/** The modules' English parts, to check that no code is defined twice (see messages.spec.ts). */
export const EN_MODULES: Readonly<Record<string, Templates>> = {
  common: commonEn,
  domain: domainEn,
  costModel: costModelEn,
  costSharingKey: costSharingKeyEn,
  economics: economicsEn,
  initiative: initiativeEn,
  benefit: benefitEn,
  costItem: costItemEn,
  organisation: organisationEn,
  user: userEn,
  audit: auditEn,
  export: exportEn,
  coFinancing: coFinancingEn,
  graphqlEdge: graphqlEdgeEn,
  allocation: allocationEn,
  portfolio: portfolioEn,
  benefitReport: benefitReportEn,
  digifin: digifinEn,
  benefitPlan: benefitPlanEn,
  coFinancingApplication: coFinancingApplicationEn,
  keyComparison: keyComparisonEn,
  statusReport: statusReportEn,
  budget: budgetEn,
};

export type MessageCode = keyof typeof EN;
export type MessageParams<C extends MessageCode> = Parameters<(typeof EN)[C]>[0];

/** A message as a code with its parameters: what a rule says, in no particular language. */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams<C> } }[MessageCode];

/** The arguments after the code: the parameters, which may be left out when the message has none. */
type ParamsArg<C extends MessageCode> = undefined extends MessageParams<C> ? [] : [params: MessageParams<C>];

/** `msg('TOO_LONG', { max: 300 })`: a message with the parameters its code needs (checked by the type). */
export function msg<C extends MessageCode>(code: C, ...params: ParamsArg<C>): Message {
  return { code, params: params[0] } as Message;
}

const CATALOGUES: Record<Language, Record<string, (params: unknown) => string>> = {
  en: EN as Record<string, (params: unknown) => string>,
  nb: NB as Record<string, (params: unknown) => string>,
};

/** True when `value` is a message with a code the catalogue knows. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Object.hasOwn(EN, (value as { code: string }).code)
  );
}

/** The message's words in `language`. */
export function renderMessage(message: Message, language: Language): string {
  return CATALOGUES[language][message.code](message.params);
}
