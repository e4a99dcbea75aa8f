import { type FieldNode, Kind, type OperationDefinitionNode, buildSchema, parse } from 'graphql';
import { explanationLanguages } from './allocation-line.resolver.js';

/** The part of the schema the function reads: AllocationLine.explanation's argument and its default. */
const schema = buildSchema(`
  enum ExplanationLanguage { EN NB }
  type AllocationLine { id: ID explanation(language: ExplanationLanguage = EN): String }
  type AllocationPage { totalCount: Int nodes: [AllocationLine] }
  type Query { allocations: AllocationPage }
`);

/** The resolve info of the document's first root field, as the selection helpers read it. */
function infoOf(document: string, variableValues: Record<string, unknown> = {}) {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments,
    variableValues,
    schema,
  };
}

describe('explanationLanguages (which explanations a page of lines reads)', () => {
  it('reads none when no explanation is asked for', () => {
    expect(explanationLanguages(infoOf('{ allocations { totalCount nodes { id } } }'))).toEqual({
      en: false,
      nb: false,
    });
  });

  it('reads English for the default, Norwegian for NB, both when both are asked for', () => {
    expect(explanationLanguages(infoOf('{ allocations { nodes { explanation } } }'))).toEqual({
      en: true,
      nb: false,
    });
    expect(explanationLanguages(infoOf('{ allocations { nodes { explanation(language: NB) } } }'))).toEqual({
      en: false,
      nb: true,
    });
    expect(
      explanationLanguages(
        infoOf('{ allocations { nodes { en: explanation(language: EN) nb: explanation(language: NB) } } }'),
      ),
    ).toEqual({ en: true, nb: true });
  });

  it('reads a variable, its default and fragments', () => {
    const document = `query($l: ExplanationLanguage) { allocations { ...page } }
      fragment page on AllocationPage { nodes { ... on AllocationLine { explanation(language: $l) } } }`;
    expect(explanationLanguages(infoOf(document, { l: 'NB' }))).toEqual({ en: false, nb: true });
    expect(explanationLanguages(infoOf(document, {}))).toEqual({ en: true, nb: false });
  });
});
