import { type Message, msg, renderMessage } from './catalogue';

// Hand-written examples of the key comparison's messages in both languages.
const EXAMPLES: [Message, string, string][] = [
  [
    msg('KEY_COMPARISON_COUNT', { min: 2, max: 5, got: 6 }),
    'compare 2 to 5 keys, existing and drafted together (got 6)',
    'sammenlign 2 til 5 nøkler, eksisterende og utkast til sammen (fikk 6)',
  ],
  [
    msg('KEY_COMPARISON_REFERENCE', { max: 2, got: '3' }),
    'must be the position of one of the keys compared, from 0 to 2 (got 3)',
    'må være plassen til en av nøklene som sammenlignes, fra 0 til 2 (fikk 3)',
  ],
  [
    msg('KEY_COMPARISON_LINES', { key: 1 }),
    'the allocations of key 1 do not name exactly the organisations compared',
    'fordelingene med nøkkel 1 har ikke nøyaktig de organisasjonene som sammenlignes',
  ],
  [
    msg('KEY_NOT_OF_INITIATIVE', { key: '[Demo] Tolk', initiative: 'DEMO-DIGIFIN-FIKS' }),
    `"[Demo] Tolk" is not a key of DEMO-DIGIFIN-FIKS: compare keys owned by the initiative's owner or used by the initiative, or give a draft`,
    '«[Demo] Tolk» er ikke en nøkkel for DEMO-DIGIFIN-FIKS: sammenlign nøkler som eies av initiativets eier eller brukes av initiativet, eller oppgi et utkast',
  ],
  [
    msg('NO_COST_ITEMS_TO_COMPARE', { initiative: 'DEMO-DIGIFIN-FIKS', year: 2030 }),
    'DEMO-DIGIFIN-FIKS has no cost items in 2030: nothing to compare',
    'DEMO-DIGIFIN-FIKS har ingen kostnadsposter i 2030: ingenting å sammenligne',
  ],
  [
    msg('KEY_COMPARISON_ACCESS'),
    'You may compare keys only for an initiative whose financial detail you may see, or in which your organisation pays',
    'Du kan bare sammenligne nøkler for et initiativ der du har tilgang til de økonomiske detaljene, eller der organisasjonen din betaler',
  ],
];

describe('the keyComparison module’s messages', () => {
  it.each(EXAMPLES)('renders %j in both languages', (message, en, nb) => {
    expect(renderMessage(message, 'en')).toBe(en);
    expect(renderMessage(message, 'nb')).toBe(nb);
  });
});
