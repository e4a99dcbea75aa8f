import { useMemo } from 'react';
import { Box, Typography } from '@mui/material';
import { useCreatePath, useTranslate } from 'react-admin';
import { RAG_COLOURS } from '../charts/palette';
import { kindKeyOf } from './benefitsMapEditing';
import type { BenefitsMapQuery } from '../api/graphql';

type MapNode = NonNullable<BenefitsMapQuery['benefitsMap']>['nodes'][number];
type MapEdge = NonNullable<BenefitsMapQuery['benefitsMap']>['edges'][number];

const NODE_WIDTH = 220;
const NODE_HEIGHT = 60;
const COLUMN_GAP = 90;
const ROW_GAP = 18;
const PADDING = 12;

interface Placed extends MapNode {
  x: number;
  y: number;
  column: number;
}

/** Columns by the longest chain of dependencies leading to each node (the map has no cycles). */
export function layoutBenefitsMap(
  nodes: MapNode[],
  edges: MapEdge[],
): { placed: Placed[]; width: number; height: number } {
  const incoming = new Map<string, string[]>();
  for (const edge of edges) incoming.set(edge.toId, [...(incoming.get(edge.toId) ?? []), edge.fromId]);
  const depth = new Map<string, number>();
  const visiting = new Set<string>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return 0;
    visiting.add(id);
    const parents = incoming.get(id) ?? [];
    const value = parents.length ? Math.max(...parents.map(depthOf)) + 1 : 0;
    visiting.delete(id);
    depth.set(id, value);
    return value;
  };
  const rows = new Map<number, number>();
  const placed = nodes.map((node) => {
    const column = depthOf(node.id);
    const row = rows.get(column) ?? 0;
    rows.set(column, row + 1);
    return {
      ...node,
      column,
      x: PADDING + column * (NODE_WIDTH + COLUMN_GAP),
      y: PADDING + row * (NODE_HEIGHT + ROW_GAP),
    };
  });
  const columns = Math.max(1, ...placed.map((node) => node.column + 1));
  const maxRows = Math.max(1, ...rows.values());
  return {
    placed,
    width: PADDING * 2 + columns * NODE_WIDTH + (columns - 1) * COLUMN_GAP,
    height: PADDING * 2 + maxRows * NODE_HEIGHT + (maxRows - 1) * ROW_GAP,
  };
}

function lines(title: string, perLine = 30): string[] {
  const words = title.split(/\s+/);
  const result: string[] = [''];
  for (const word of words) {
    const last = result[result.length - 1];
    if ((last + ' ' + word).trim().length > perLine && last !== '') result.push(word);
    else result[result.length - 1] = (last + ' ' + word).trim();
  }
  if (result.length > 2) return [result[0], `${result[1].slice(0, perLine - 1)}…`];
  return result;
}

/**
 * The benefits map (gevinstkart): enablers on the left, the benefits that depend on them to the right,
 * arrows for "depends on". Benefits link to their page. The same map follows as a list, in words.
 */
export const BenefitsMapGraph = ({ map }: { map: NonNullable<BenefitsMapQuery['benefitsMap']> }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { placed, width, height } = useMemo(() => layoutBenefitsMap(map.nodes, map.edges), [map]);
  const byId = new Map(placed.map((node) => [node.id, node]));
  const kindOf = (node: MapNode) => translate(kindKeyOf(node));

  return (
    <Box data-testid="benefits-map">
      <Box sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: '#fafafa' }}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="group"
          aria-label={translate('gevinst.benefits_map.title')}
        >
          <defs>
            <marker
              id="benefits-map-arrow"
              viewBox="0 0 10 10"
              refX="10"
              refY="5"
              markerWidth="8"
              markerHeight="8"
              orient="auto"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#455a64" />
            </marker>
          </defs>
          {map.edges.map((edge) => {
            const from = byId.get(edge.fromId);
            const to = byId.get(edge.toId);
            if (!from || !to) return null;
            const x1 = from.x + NODE_WIDTH;
            const y1 = from.y + NODE_HEIGHT / 2;
            const x2 = to.x;
            const y2 = to.y + NODE_HEIGHT / 2;
            const bend = Math.max(30, (x2 - x1) / 2);
            return (
              <path
                key={edge.id}
                d={`M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`}
                fill="none"
                stroke="#455a64"
                strokeWidth={1.5}
                markerEnd="url(#benefits-map-arrow)"
                aria-hidden="true"
              />
            );
          })}
          {placed.map((node) => {
            const rag = node.benefit?.realisation.rag ?? null;
            const border =
              node.type === 'ENABLER' ? '#546e7a' : rag ? RAG_COLOURS[rag].background : '#1565c0';
            const text = lines(node.title);
            const box = (
              <g>
                <rect
                  x={node.x}
                  y={node.y}
                  width={NODE_WIDTH}
                  height={NODE_HEIGHT}
                  rx={node.type === 'ENABLER' ? 2 : 12}
                  fill={node.type === 'ENABLER' ? '#eceff1' : '#ffffff'}
                  stroke={border}
                  strokeWidth={node.type === 'ENABLER' ? 1.5 : 3}
                />
                <text x={node.x + 10} y={node.y + 16} fontSize={11} fill="#37474f">
                  {kindOf(node)}
                  {rag ? ` · ${translate(`enums.RagStatus.${rag}`)}` : ''}
                </text>
                {text.map((line, index) => (
                  <text key={index} x={node.x + 10} y={node.y + 33 + index * 15} fontSize={13} fill="#1a1a1a">
                    {line}
                  </text>
                ))}
                <title>{node.title}</title>
              </g>
            );
            return node.benefit ? (
              <a
                key={node.id}
                href={`#${createPath({ resource: 'benefits', id: node.benefit.id, type: 'show' })}`}
              >
                {box}
              </a>
            ) : (
              <g key={node.id}>{box}</g>
            );
          })}
        </svg>
      </Box>
      <Typography variant="subtitle2" component="h4" sx={{ mt: 2 }}>
        {translate('gevinst.benefits_map.in_words')}
      </Typography>
      <Box component="ul" sx={{ mt: 0.5, pl: 3 }}>
        {placed.map((node) => {
          const dependsOn = map.edges
            .filter((edge) => edge.toId === node.id)
            .map((edge) => byId.get(edge.fromId)?.title)
            .filter(Boolean);
          return (
            <li key={node.id}>
              <Typography variant="body2" component="span">
                <strong>{node.title}</strong> ({kindOf(node)})
                {dependsOn.length > 0 &&
                  ` – ${translate('gevinst.benefits_map.depends_on', { names: dependsOn.join(', ') })}`}
              </Typography>
            </li>
          );
        })}
      </Box>
    </Box>
  );
};
