import type { BenefitsMapQuery } from '../api/graphql';
/**
 * What the benefits-map editor works out before it asks the API: names that tell nodes apart, the
 * dependencies in words, and the mistakes it can see for itself (the API decides about cycles).
 */

export type MapNode = NonNullable<BenefitsMapQuery['benefitsMap']>['nodes'][number];
export type MapEdge = NonNullable<BenefitsMapQuery['benefitsMap']>['edges'][number];

/** The translation key of what a node is: "Leveranse", "Endring" or "Gevinst". */
export function kindKeyOf(node: Pick<MapNode, 'type' | 'enablerKind'>): string {
  return node.type === 'ENABLER'
    ? `enums.EnablerKind.${node.enablerKind ?? 'DELIVERABLE'}`
    : 'gevinst.benefits_map.benefit';
}

/** "Title (Kind)": an enabler and a benefit may share a title, their kinds tell them apart. */
export function nodeLabel(node: MapNode, translate: (key: string) => string): string {
  return `${node.title} (${translate(kindKeyOf(node))})`;
}

/** Choices for the "from" and "to" selects: enablers first, then benefits, as the map lists them. */
export function nodeChoices(
  nodes: readonly MapNode[],
  translate: (key: string) => string,
): { id: string; name: string }[] {
  return nodes.map((node) => ({ id: node.id, name: nodeLabel(node, translate) }));
}

export interface EdgeRow {
  id: string;
  from: MapNode;
  to: MapNode;
}

/** The map's dependencies with both ends, in the order added (edges to missing nodes left out). */
export function edgeRows(nodes: readonly MapNode[], edges: readonly MapEdge[]): EdgeRow[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return edges.flatMap((edge) => {
    const from = byId.get(edge.fromId);
    const to = byId.get(edge.toId);
    return from && to ? [{ id: edge.id, from, to }] : [];
  });
}

/** How many dependencies start or end at a node (they go when an enabler is deleted). */
export function edgeCountOf(edges: readonly MapEdge[], nodeId: string): number {
  return edges.filter((edge) => edge.fromId === nodeId || edge.toId === nodeId).length;
}

/**
 * The translation key of what is wrong with "from → to" before asking the API: the same node at both
 * ends, or a dependency the map has already. Undefined when the API should decide (cycles included).
 */
export function edgeProblem(
  edges: readonly MapEdge[],
  fromId: string | undefined,
  toId: string | undefined,
): string | undefined {
  if (!fromId || !toId) return undefined;
  if (fromId === toId) return 'gevinst.benefits_map.same_node';
  if (edges.some((edge) => edge.fromId === fromId && edge.toId === toId))
    return 'gevinst.benefits_map.duplicate';
  return undefined;
}
