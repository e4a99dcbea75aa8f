import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo, getArgumentValues, isObjectType } from 'graphql';
import { type SelectionInfo, selectionAt } from '../common/selection.js';
import { CostSharingKeyVersionModel } from '../cost-sharing-key/cost-sharing-key-version.model.js';
import type { GraphQLContext } from '../graphql/graphql-context.js';
import { InitiativeModel } from '../initiative/initiative.model.js';
import { OrganisationModel } from '../organisation/organisation.model.js';
import { AllocationLineModel } from './allocation-line.model.js';
import { BOTH_EXPLANATIONS, type ExplanationTexts } from './allocation-line.repository.js';
import { AllocationRunModel } from './allocation-run.model.js';
import { ExplanationLanguage } from './explanation-language.enum.js';
import { AllocationLoaders } from './allocation.loaders.js';
import { CostSharingKeyLoaders } from '../cost-sharing-key/cost-sharing-key.loaders.js';
import { InitiativeLoaders } from '../initiative/initiative.loaders.js';
import { OrganisationLoaders } from '../organisation/organisation.loaders.js';

/** The line's explanation in `language`: NB falls back to English when the line has no Norwegian text. */
export function explanationOf(
  line: Pick<AllocationLineModel, 'explanation' | 'explanationNb'>,
  language: ExplanationLanguage,
): string {
  return language === ExplanationLanguage.NB && line.explanationNb ? line.explanationNb : line.explanation;
}

/**
 * The explanations a list's `nodes { explanation(language: …) }` ask for, below the field being resolved
 * (the page's own statement reads only those: AllocationLineRepository.pageWithTotals): the `language`
 * argument of every `explanation` field of `nodes`, coerced as graphql-js does for the field itself (a
 * literal, a variable, or the schema's default). Anything that does not coerce counts as both.
 */
export function explanationLanguages(
  info: SelectionInfo & Pick<GraphQLResolveInfo, 'variableValues' | 'schema'>,
): ExplanationTexts {
  const line = info.schema.getType('AllocationLine');
  const definition = isObjectType(line) ? line.getFields().explanation : undefined;
  if (!definition) return BOTH_EXPLANATIONS;
  const texts = { en: false, nb: false };
  for (const field of selectionAt(info, ['nodes', 'explanation']).fieldNodes) {
    let language: unknown;
    try {
      language = getArgumentValues(definition, field, info.variableValues).language;
    } catch {
      return BOTH_EXPLANATIONS;
    }
    if (language === ExplanationLanguage.EN) texts.en = true;
    else if (language === ExplanationLanguage.NB) texts.nb = true;
    else return BOTH_EXPLANATIONS;
  }
  return texts;
}

/**
 * AllocationLine's fields computed from the line and their arguments alone, as plain synchronous resolvers
 * (graphql/preloaded-fields.ts, `resolveSynchronously`): a page holds up to 500 lines.
 */
export const ALLOCATION_LINE_SYNCHRONOUS_FIELDS = {
  AllocationLine: {
    explanation: (line: AllocationLineModel, args: { language: ExplanationLanguage }) =>
      explanationOf(line, args.language),
  },
};

@Resolver(() => AllocationLineModel)
export class AllocationLineResolver {
  @ResolveField(() => String, {
    description: 'How the line was computed, in words a finance officer can check by hand.',
  })
  explanation(
    @Parent() line: AllocationLineModel,
    @Args('language', {
      description:
        'The language of the explanation: EN (default) or NB; NB falls back to English when the line has no Norwegian text.',
      type: () => ExplanationLanguage,
      defaultValue: ExplanationLanguage.EN,
    })
    language: ExplanationLanguage,
  ): string {
    return explanationOf(line, language);
  }

  @ResolveField(() => OrganisationModel, { description: 'The organisation.' })
  organisation(@Parent() line: AllocationLineModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(OrganisationLoaders).organisation.load(line.organisationId);
  }

  @ResolveField(() => InitiativeModel, { description: 'The initiative.' })
  initiative(@Parent() line: AllocationLineModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(InitiativeLoaders).initiative.load(line.initiativeId);
  }

  @ResolveField(() => AllocationRunModel, { description: 'The allocation run the line belongs to.' })
  run(@Parent() line: AllocationLineModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(AllocationLoaders).allocationRun.load(line.runId);
  }

  @ResolveField(() => CostSharingKeyVersionModel, { description: 'The key version that computed the line.' })
  keyVersion(@Parent() line: AllocationLineModel, @Context() ctx: GraphQLContext) {
    return ctx.loaders.of(CostSharingKeyLoaders).keyVersion.load(line.keyVersionId);
  }
}
