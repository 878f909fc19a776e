import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand, formatOptionText, parseOptionText } from '../../src/core/index.js';

const quote = findCommand(COMMANDS, 'quote')!;
const help = findCommand(COMMANDS, 'help')!;

describe('the option text grammar', () => {
  it.each([
    ['venezuela gold', { query: 'venezuela gold' }, []],
    [
      '"abusive relationship" speaker:"Chris Williamson" from:2019',
      { query: '"abusive relationship"', speaker: 'Chris Williamson', from: '2019' },
      [],
    ],
    ['speaker:Williamson coup', { query: 'coup', speaker: 'Williamson' }, []],
    ['SPEAKER:Williamson coup', { query: 'coup', speaker: 'Williamson' }, []],
    ['coup limit:5 private:yes', { query: 'coup', limit: '5', private: 'yes' }, []],
    ['“curly quoted phrase” to:2020-01', { query: '“curly quoted phrase”', to: '2020-01' }, []],
    ['time: now is the time', { query: 'time: now is the time' }, ['time']],
    ['speakr:Williamson coup', { query: 'speakr:Williamson coup' }, ['speakr']],
    ['see https://example.org/a', { query: 'see https://example.org/a' }, []],
    [
      'source:"ei-independent-run" "half open',
      { query: '"half open', source: 'ei-independent-run' },
      [],
    ],
    ['', {}, []],
    ['   ', {}, []],
  ])('GIVEN %j THEN values %j and unknown keys %j', (text, values, unknownKeys) => {
    expect(parseOptionText(text, quote.options)).toEqual({ ok: true, values, unknownKeys });
  });

  it.each([
    ['speaker: coup', 'Option speaker: needs a value, e.g. speaker:"Chris Williamson"'],
    ['speaker:"" coup', 'Option speaker: needs a value, e.g. speaker:"Chris Williamson"'],
  ])('GIVEN %j THEN the error says %j', (text, message) => {
    expect(parseOptionText(text, quote.options)).toEqual({ ok: false, message });
  });

  it('GIVEN text for a command without free text THEN it is refused', () => {
    expect(parseOptionText('hello', help.options)).toEqual({
      ok: false,
      message: 'This command takes no free text (got "hello").',
    });
  });

  it.each([
    [{ query: 'gold' }],
    [{ query: '"abusive relationship"', speaker: 'Chris Williamson', from: '2019', limit: '3' }],
    [{ query: 'coup', source: 'ei-independent-run', private: 'yes' }],
  ])('GIVEN values %j THEN formatting and parsing again gives them back', (values) => {
    const text = formatOptionText(values, quote.options);
    expect(parseOptionText(text, quote.options)).toEqual({ ok: true, values, unknownKeys: [] });
  });
});
