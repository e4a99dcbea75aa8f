import { CopyTextToCsv, sqlLiteral, withLiterals } from './csv-copy.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('CopyTextToCsv', () => {
  it('ends every COPY row with CRLF', () => {
    const converter = new CopyTextToCsv();
    expect(converter.convert(bytes('a,b\nc,"d ""e"""\n')).toString()).toBe('a,b\r\nc,"d ""e"""\r\n');
    expect(converter.lines).toBe(2);
  });

  it('writes escaped control characters and backslashes as themselves', () => {
    const converter = new CopyTextToCsv();
    expect(converter.convert(bytes('"x\\ny",1\\\\2\\t\\r\n')).toString()).toBe('"x\ny",1\\2\t\r\r\n');
  });

  it('keeps an escape that a chunk boundary splits, and rows that span chunks', () => {
    const converter = new CopyTextToCsv();
    const parts = ['Øst', 'fold\\', 'nN', 'ord,1\nsist', 'e\n'].map(bytes);
    const out = Buffer.concat(parts.map((part) => converter.convert(part))).toString();
    expect(out).toBe('Østfold\nNord,1\r\nsiste\r\n');
    expect(converter.lines).toBe(2);
  });
});

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
