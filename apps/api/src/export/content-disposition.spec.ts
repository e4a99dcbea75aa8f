import { asciiFileName, attachmentDisposition, fileNamePart } from './content-disposition.js';

describe('file names for downloads', () => {
  it('makes parts safe: separators, quotes and spaces become dashes', () => {
    expect(fileNamePart('Nord-Aurdal / "Valdres" kommune')).toBe('Nord-Aurdal-Valdres-kommune');
    expect(fileNamePart('  ')).toBe('');
  });

  it('spells Norwegian letters out in the ASCII name and drops other accents', () => {
    expect(asciiFileName('fordeling_Bærum-Ås_Øygarden_Kárášjohka.csv')).toBe(
      'fordeling_Baerum-As_Oygarden_Karasjohka.csv',
    );
    expect(asciiFileName('Æ-ø-å')).toBe('Ae-o-a');
  });

  it('gives both filename (ASCII) and filename* (RFC 5987, UTF-8)', () => {
    expect(attachmentDisposition("fordeling_Bærum's (test)*.csv")).toBe(
      `attachment; filename="fordeling_Baerum-s-test-.csv"; filename*=UTF-8''fordeling_B%C3%A6rum%27s%20%28test%29%2A.csv`,
    );
  });
});
