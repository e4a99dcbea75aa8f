import fc from 'fast-check';
import { ParticipantListCache } from './participant-list-cache.js';

type P = { name: string };
const lists = (entries: Record<string, P[]>) => new Map(Object.entries(entries));

describe('ParticipantListCache', () => {
  it('asks for every list at first, and keeps what it read for that change count', () => {
    const cache = new ParticipantListCache<P>();
    const first = cache.plan('k', ['a', 'b', 'a']);
    expect(first).toMatchObject({ known: '', missing: ['a', 'b'] });
    const answer = cache.settle(first, ['a', 'b', 'a'], {
      changes: '7',
      cacheable: true,
      lists: lists({ a: [{ name: 'Bergen' }] }),
    });
    // b has no participants: an empty list, kept like any other.
    expect(answer).toEqual([[{ name: 'Bergen' }], [], [{ name: 'Bergen' }]]);
    expect(cache.entries).toBe(1 + 1 + 1);

    const second = cache.plan('k', ['b', 'a', 'c']);
    expect(second.known).toBe('7');
    expect(second.missing).toEqual(['c']);
    // The database still counts 7: only c was read, a and b come from the cache.
    expect(
      cache.settle(second, ['b', 'a', 'c'], {
        changes: '7',
        cacheable: true,
        lists: lists({ c: [{ name: 'Oslo' }] }),
      }),
    ).toEqual([[], [{ name: 'Bergen' }], [{ name: 'Oslo' }]]);
  });

  it('answers only what the database read once the count has moved, and keeps the newer lists', () => {
    const cache = new ParticipantListCache<P>();
    cache.settle(cache.plan('k', ['a', 'b']), ['a', 'b'], {
      changes: '7',
      cacheable: true,
      lists: lists({ a: [{ name: 'Bergen' }], b: [{ name: 'Oslo' }] }),
    });
    const plan = cache.plan('k', ['a']);
    expect(plan.missing).toEqual([]);
    // Another process renamed an organisation: the count is 8 and the statement read every list asked for.
    expect(
      cache.settle(plan, ['a'], {
        changes: '8',
        cacheable: true,
        lists: lists({ a: [{ name: 'Bjørgvin' }] }),
      }),
    ).toEqual([[{ name: 'Bjørgvin' }]]);
    // Lists read at 7 are gone; the one read at 8 is kept.
    const after = cache.plan('k', ['a', 'b']);
    expect(after).toMatchObject({ known: '8', missing: ['b'] });
    expect(cache.entries).toBe(2);
  });

  it('neither answers from nor keeps lists read inside a transaction that has written', () => {
    const cache = new ParticipantListCache<P>();
    cache.settle(cache.plan('k', ['a']), ['a'], {
      changes: '7',
      cacheable: true,
      lists: lists({ a: [{ name: 'Bergen' }] }),
    });
    const plan = cache.plan('k', ['a']);
    // The transaction added a participant of its own and counts 7 as well (its change may be rolled back).
    const answer = cache.settle(plan, ['a'], {
      changes: '7',
      cacheable: false,
      lists: lists({ a: [{ name: 'Bergen' }, { name: 'Oslo' }] }),
    });
    expect(answer).toEqual([[{ name: 'Bergen' }, { name: 'Oslo' }]]);
    const again = cache.plan('k', ['a']);
    expect(again.held.get('a')).toEqual([{ name: 'Bergen' }]);
  });

  it('replaces the lists held when a read sees a lower count, so they never come back', () => {
    const cache = new ParticipantListCache<P>();
    const early = cache.plan('k', ['a']);
    cache.settle(cache.plan('k', ['a']), ['a'], {
      changes: '9',
      cacheable: true,
      lists: lists({ a: [{ name: 'at 9' }] }),
    });
    // A statement on an older snapshot (or a count table restored from a dump) sees 8.
    expect(
      cache.settle(early, ['a'], { changes: '8', cacheable: true, lists: lists({ a: [{ name: 'at 8' }] }) }),
    ).toEqual([[{ name: 'at 8' }]]);
    expect(cache.plan('k', ['a'])).toMatchObject({ known: '8', missing: [] });
    // The count climbs back to 9 with other data: what was held at 9 is gone, so the statement reads again.
    const again = cache.plan('k', ['a']);
    expect(
      cache.settle(again, ['a'], { changes: '9', cacheable: true, lists: lists({ a: [{ name: 'new 9' }] }) }),
    ).toEqual([[{ name: 'new 9' }]]);
  });

  it('keeps projections apart', () => {
    const cache = new ParticipantListCache<P>();
    cache.settle(cache.plan('names', ['a']), ['a'], {
      changes: '1',
      cacheable: true,
      lists: lists({ a: [{ name: 'Bergen' }] }),
    });
    expect(cache.plan('ids', ['a'])).toMatchObject({ known: '', missing: ['a'] });
  });

  it('evicts the lists read longest ago once over capacity', () => {
    const cache = new ParticipantListCache<P>(6);
    const read = (ids: string[]) =>
      cache.settle(cache.plan('k', ids), ids, {
        changes: '1',
        cacheable: true,
        lists: new Map(ids.map((id) => [id, [{ name: id }]])),
      });
    read(['a', 'b', 'c']); // 3 × (1 + 1) = 6 entries
    read(['a']); // a read again: b is now the oldest
    read(['d']);
    expect(cache.entries).toBeLessThanOrEqual(6);
    expect(cache.plan('k', ['a', 'b', 'c', 'd']).missing).toEqual(['b']);
  });

  it('answers, for any sequence of reads and changes, what the database holds at the count it reports', () => {
    // A model database: lists per initiative and a change count; reads may see the current state or, in
    // a transaction that has written, uncommitted lists with a count that is not to be trusted.
    const ids = ['a', 'b', 'c', 'd'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('read' as const), ids: fc.subarray(ids, { minLength: 1 }) }),
      fc.record({ kind: fc.constant('write' as const), id: fc.constantFrom(...ids), name: fc.string() }),
      fc.record({ kind: fc.constant('dirty' as const), id: fc.constantFrom(...ids), name: fc.string() }),
      // A read planned now and settled after the next step (another request's statement in between).
      fc.record({ kind: fc.constant('late' as const), ids: fc.subarray(ids, { minLength: 1 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 2, max: 12 }), (ops, capacity) => {
        const cache = new ParticipantListCache<P>(capacity);
        const db = new Map<string, P[]>(ids.map((id) => [id, [{ name: `${id}0` }]]));
        let changes = 3;
        // A read whose statement ran (at `changes`, on `view`) but whose answer is settled only later.
        let pending: (() => void) | null = null;
        const read = (want: readonly string[], cacheable: boolean, view: Map<string, P[]>) => {
          const plan = cache.plan('k', want);
          const seen = String(changes);
          const fromCache = cacheable && seen === plan.known;
          const readIds = fromCache ? plan.missing : want;
          const lists = new Map(readIds.map((id) => [id, view.get(id)!]));
          return () =>
            expect(cache.settle(plan, want, { changes: seen, cacheable, lists })).toEqual(
              want.map((id) => view.get(id)),
            );
        };
        for (const step of ops) {
          const settleLate = pending;
          pending = null;
          if (step.kind === 'write') {
            db.set(step.id, [{ name: step.name }]);
            changes += 1;
          } else if (step.kind === 'late') {
            pending = read(step.ids, true, new Map(db));
          } else if (step.kind === 'dirty') {
            const view = new Map(db);
            view.set(step.id, [{ name: `uncommitted ${step.name}` }]);
            read([step.id], false, view)();
          } else read(step.ids, true, new Map(db))();
          settleLate?.();
        }
      }),
    );
  });
});
