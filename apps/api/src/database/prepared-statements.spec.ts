import { StatementNames } from './prepared-statements.js';

const policy = { minUses: 2, maxTexts: 3, maxPerConnection: 200, maxLength: 40 };

describe('StatementNames', () => {
  it('names a text from its second use on, always by the same name', () => {
    const names = new StatementNames(policy);
    expect(names.nameFor('SELECT $1')).toBeNull();
    const name = names.nameFor('SELECT $1');
    expect(name).toMatch(/^gevinst_\d+$/);
    expect(names.nameFor('SELECT $1')).toBe(name);
  });

  it('never gives one name to two texts', () => {
    const names = new StatementNames({ ...policy, minUses: 1 });
    const a = names.nameFor('SELECT $1');
    const b = names.nameFor('SELECT $1::int');
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(a).not.toBe(b);
  });

  it('leaves texts longer than maxLength unnamed and uncounted', () => {
    const names = new StatementNames({ ...policy, minUses: 1 });
    const long = `SELECT $1 ${'x'.repeat(40)}`;
    expect(names.nameFor(long)).toBeNull();
    expect(names.nameFor(long)).toBeNull();
    expect(names.size).toBe(0);
  });

  it('forgets the unnamed texts when maxTexts are held, and keeps the named ones', () => {
    const names = new StatementNames(policy);
    names.nameFor('A $1');
    const named = names.nameFor('A $1');
    names.nameFor('B $1'); // counted once, not named
    names.nameFor('C $1');
    expect(names.size).toBe(3);
    // a fourth text: B and C (unnamed) are forgotten, A keeps its name
    expect(names.nameFor('D $1')).toBeNull();
    expect(names.size).toBe(2);
    expect(names.nameFor('A $1')).toBe(named);
    // B counts from the start again
    expect(names.nameFor('B $1')).toBeNull();
    expect(names.nameFor('B $1')).not.toBeNull();
  });

  it('names no new text once maxTexts are all named', () => {
    const names = new StatementNames({ ...policy, minUses: 1 });
    for (const text of ['A $1', 'B $1', 'C $1']) expect(names.nameFor(text)).not.toBeNull();
    expect(names.nameFor('D $1')).toBeNull();
    expect(names.nameFor('D $1')).toBeNull();
    expect(names.size).toBe(3);
  });
});
