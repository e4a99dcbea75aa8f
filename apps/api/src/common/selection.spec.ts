import {
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { selectedFields } from './selection.js';

/** The resolve info of the `participants` field of the document's first operation (as graphql-js gives it). */
function infoOf(source: string, fieldName = 'participants') {
  const document = parse(source);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fieldNodes: FieldNode[] = [];
  const walk = (node: { selectionSet?: { selections: readonly unknown[] } }) => {
    for (const selection of (node.selectionSet?.selections ?? []) as FieldNode[]) {
      if (selection.kind === Kind.FIELD && selection.name.value === fieldName) fieldNodes.push(selection);
      else walk(selection);
    }
  };
  walk(operation);
  return { fieldNodes, fragments };
}

describe('selectedFields', () => {
  it('names the fields selected on the value, aliases resolved', () => {
    const info = infoOf(
      '{ initiatives { nodes { participants { r: role pays organisation { id name } } } } }',
    );
    expect([...selectedFields(info)].sort()).toEqual(['organisation', 'pays', 'role']);
    expect([...selectedFields(info, ['organisation'])].sort()).toEqual(['id', 'name']);
  });

  it('expands named and inline fragments, and merges the same field selected twice', () => {
    const info = infoOf(`
      query { initiatives { nodes {
        participants { ...P }
        participants { createdAt ... on Participant { organisation { ...O } } }
      } } }
      fragment P on Participant { role organisation { id } }
      fragment O on Organisation { kind displayName }`);
    expect(info.fieldNodes).toHaveLength(2);
    expect([...selectedFields(info)].sort()).toEqual(['createdAt', 'organisation', 'role']);
    expect([...selectedFields(info, ['organisation'])].sort()).toEqual(['displayName', 'id', 'kind']);
  });

  it('keeps a field under @skip or @include (more columns, never fewer) and is empty for an unselected path', () => {
    const info = infoOf('query($s: Boolean!) { x { participants { role @skip(if: $s) pays } } }');
    expect([...selectedFields(info)].sort()).toEqual(['pays', 'role']);
    expect(selectedFields(info, ['organisation']).size).toBe(0);
  });
});
