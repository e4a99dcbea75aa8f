import { sqlLiteral, withLiterals } from './csv-copy.js';

describe('SQL literals for COPY', () => {
  it('doubles quotes and refuses NUL', () => {
    expect(sqlLiteral("O'Brien")).toBe("'O''Brien'");
    expect(() => sqlLiteral('a\0b')).toThrow();
  });

  it('writes parameters into the query in place of $1, $2, … (also $10 and beyond)', () => {
    const parameters = Array.from({ length: 11 }, (_, i) => `p${i + 1}`);
    parameters[1] = 2025 as unknown as string;
    expect(withLiterals('a = $1 AND y = $2 AND z = $10 AND w = $11', parameters)).toBe(
      "a = 'p1' AND y = 2025 AND z = 'p10' AND w = 'p11'",
    );
    expect(() => withLiterals('x = $1', [{}])).toThrow(/cannot be written as a literal/);
  });
});
