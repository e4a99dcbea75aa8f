import { describe, expect, it } from '@jest/globals';
import { changedFields } from './AuditChanges';

describe('changedFields', () => {
  const refused = {
    message: "You may not see this initiative's financial detail",
    messageNb: 'Du har ikke tilgang til de økonomiske detaljene i initiativet',
    ip: '127.0.0.1',
  };

  it('shows the Norwegian text of a refused attempt on a Norwegian screen, under the field it translates', () => {
    expect(changedFields(null, refused, 'nb')).toEqual([
      { field: 'ip', before: '–', after: '127.0.0.1' },
      { field: 'message', before: '–', after: refused.messageNb },
    ]);
  });

  it('shows the English text in English and never the Norwegian copy as a field of its own', () => {
    expect(changedFields(null, refused, 'en').map((row) => [row.field, row.after])).toEqual([
      ['ip', '127.0.0.1'],
      ['message', refused.message],
    ]);
  });

  it('keeps the English text where no Norwegian one was stored', () => {
    expect(changedFields(null, { message: 'HTTP 403', messageNb: null }, 'nb')[0].after).toBe('HTTP 403');
  });
});
