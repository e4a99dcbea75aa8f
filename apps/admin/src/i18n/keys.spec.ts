/**
 * Every translation key the admin's source names literally ('gevinst.…', 'resources.…', 'enums.…')
 * must exist in Norwegian (and so, by i18n.spec.ts, in English): a missing key would show as raw text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import nb from './nb';

type Messages = { [key: string]: Messages | string | undefined };

function has(messages: Messages, key: string): boolean {
  let node: Messages | string | undefined = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = node[part];
  }
  return typeof node === 'string';
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('translation keys in the source', () => {
  const root = join(__dirname, '..');
  const literal = /['"`]((?:gevinst|resources|enums)\.[A-Za-z0-9_.]+)['"`]/g;
  const used = new Set<string>();
  for (const file of sources(root)) {
    for (const match of readFileSync(file, 'utf8').matchAll(literal)) used.add(match[1]);
  }

  it('are found', () => {
    expect(used.size).toBeGreaterThan(200);
  });

  it('all exist in the Norwegian messages', () => {
    const missing = [...used].filter((key) => !key.endsWith('.') && !has(nb as unknown as Messages, key));
    expect(missing).toEqual([]);
  });

  it('include every task, method help and rule the code builds from parts', () => {
    const dynamic = [
      ...[
        'portfolio',
        'own_initiatives',
        'initiatives',
        'measure',
        'keys',
        'allocations',
        'users',
        'audit',
        'tokens',
      ].flatMap((task) =>
        ['title', 'text', 'action'].map((part) => `gevinst.dashboard.task.${task}.${part}`),
      ),
      ...Object.keys((nb.enums as Record<string, object>).CostSharingMethod).flatMap((method) => [
        `gevinst.key_editor.method_help.${method}`,
        `gevinst.key_rules.${method}`,
      ]),
    ];
    expect(dynamic.filter((key) => !has(nb as unknown as Messages, key))).toEqual([]);
  });

  it('name every operation and entity type the API writes to the audit log', () => {
    // The API's audit entries (audit.service callers and the CLI's own inserts) name their operation and
    // entity type literally; the audit log shows each in words, so each needs a label.
    const api = join(root, '../../api/src');
    const operations = new Set<string>();
    const entityTypes = new Set<string>();
    for (const file of sources(api)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\boperation: '([A-Za-z]+)'/g)) operations.add(match[1]);
      for (const match of text.matchAll(/\bentityType: '([A-Za-z]+)'/g)) entityTypes.add(match[1]);
      for (const match of text.matchAll(/VALUES \('SYSTEM', '([A-Za-z]+)', '([A-Za-z]+)'/g)) {
        operations.add(match[1]);
        entityTypes.add(match[2]);
      }
    }
    expect(operations.size).toBeGreaterThan(30);
    expect(entityTypes.size).toBeGreaterThan(10);
    const missing = [
      ...[...operations].map((operation) => `resources.auditEvents.operations.${operation}`),
      ...[...entityTypes].map((type) => `resources.auditEvents.entity_types.${type}`),
    ].filter((key) => !has(nb as unknown as Messages, key));
    expect(missing).toEqual([]);
  });
});
