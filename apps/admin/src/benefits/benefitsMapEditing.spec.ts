import { describe, expect, it } from '@jest/globals';
import { EnablerKind } from '@gevinst/domain';
import {
  edgeCountOf,
  edgeProblem,
  edgeRows,
  kindKeyOf,
  nodeChoices,
  type MapEdge,
  type MapNode,
} from './benefitsMapEditing';

const node = (
  id: string,
  type: MapNode['type'],
  title: string,
  enablerKind: MapNode['enablerKind'] = null,
): MapNode => ({
  id,
  type,
  title,
  enablerKind,
  benefitCategory: null,
  benefitStatus: null,
  enabler: type === 'ENABLER' ? { id, description: '', version: 1 } : null,
  benefit: type === 'BENEFIT' ? { id, realisation: { rag: null, percent: null } } : null,
});

// The demo map has an enabler and a benefit with the same title.
const nodes = [
  node('e1', 'ENABLER', 'Veiviser for gründere', EnablerKind.DELIVERABLE),
  node('e2', 'ENABLER', 'Utfasing av gammel registreringsløsning', EnablerKind.CHANGE),
  node('b1', 'BENEFIT', 'Utfasing av gammel registreringsløsning'),
];
const edges: MapEdge[] = [
  { id: 'x1', fromId: 'e1', toId: 'e2' },
  { id: 'x2', fromId: 'e2', toId: 'b1' },
  { id: 'x3', fromId: 'e1', toId: 'gone' },
];
const translate = (key: string) => `[${key}]`;

describe('benefits map editing', () => {
  it('names each node with its kind, so nodes with the same title differ', () => {
    expect(nodeChoices(nodes, translate)).toEqual([
      { id: 'e1', name: 'Veiviser for gründere ([enums.EnablerKind.DELIVERABLE])' },
      { id: 'e2', name: 'Utfasing av gammel registreringsløsning ([enums.EnablerKind.CHANGE])' },
      { id: 'b1', name: 'Utfasing av gammel registreringsløsning ([gevinst.benefits_map.benefit])' },
    ]);
    expect(new Set(nodeChoices(nodes, translate).map((choice) => choice.name)).size).toBe(3);
    expect(kindKeyOf({ type: 'ENABLER', enablerKind: null })).toBe('enums.EnablerKind.DELIVERABLE');
  });

  it('lists the dependencies with both ends, leaving out edges to nodes it does not know', () => {
    expect(edgeRows(nodes, edges).map((row) => `${row.from.id}→${row.to.id}`)).toEqual(['e1→e2', 'e2→b1']);
  });

  it('counts the dependencies that go with a deleted enabler', () => {
    expect(edgeCountOf(edges, 'e2')).toBe(2);
    expect(edgeCountOf(edges, 'e1')).toBe(2);
    expect(edgeCountOf(edges, 'b1')).toBe(1);
    expect(edgeCountOf(edges, 'none')).toBe(0);
  });

  it('refuses the same node at both ends and a dependency the map has, and leaves cycles to the API', () => {
    expect(edgeProblem(edges, 'e1', 'e1')).toBe('gevinst.benefits_map.same_node');
    expect(edgeProblem(edges, 'e2', 'b1')).toBe('gevinst.benefits_map.duplicate');
    expect(edgeProblem(edges, 'b1', 'e1')).toBeUndefined();
    expect(edgeProblem(edges, 'e1', 'b1')).toBeUndefined();
    expect(edgeProblem(edges, undefined, 'b1')).toBeUndefined();
    expect(edgeProblem(edges, 'e1', '')).toBeUndefined();
  });
});
