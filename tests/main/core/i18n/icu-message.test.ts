// What the catalogues may write and what each construct prints: the ICU subset, its boundaries,
// and the errors for a missing value or a message outside the subset.
import { describe, expect, it } from 'vitest';
import { createIcuFormatter, parseIcuMessage, type IcuValues } from '../../../../main/core/i18n/icu-message';

const en = createIcuFormatter('en');
const zh = createIcuFormatter('zh-CN');
const format = (source: string, values?: IcuValues) => en(parseIcuMessage(source), values);

describe('text', () => {
  it('is printed as written, angle brackets and a lone # included', () => {
    expect(format('Save')).toBe('Save');
    expect(format('')).toBe('');
    expect(format('Use <code>flagwatch serve</code> #1')).toBe('Use <code>flagwatch serve</code> #1');
  });

  it('keeps an apostrophe that quotes nothing', () => {
    expect(format("the seller's account")).toBe("the seller's account");
    expect(format("it's {name}'s", { name: 'Ana' })).toBe("it's Ana's");
  });

  it("prints '' as one apostrophe", () => {
    expect(format("a '' b")).toBe("a ' b");
    expect(format("''{x}''", { x: 1 })).toBe("'1'");
  });

  it('prints braces quoted by apostrophes as text, up to the closing apostrophe', () => {
    expect(format("'{option}' is literal")).toBe('{option} is literal');
    expect(format("'{a}' and {b}", { b: 'B' })).toBe('{a} and B');
    expect(format("'{it''s}'")).toBe("{it's}");
    expect(format("'<b>'")).toBe('<b>');
  });

  it('quotes to the end of the message when the closing apostrophe is missing', () => {
    expect(format("'{open} {and} more")).toBe('{open} {and} more');
  });

  it('quotes # only inside a plural', () => {
    expect(format("'#' top")).toBe("'#' top");
    expect(format("{n, plural, other {'#' is # ''}}", { n: 3 })).toBe("# is 3 '");
  });
});

describe('a simple argument', () => {
  it('prints a string as it is', () => {
    expect(format('Could not {action}: {reason}', { action: 'save', reason: 'disk full' })).toBe(
      'Could not save: disk full',
    );
  });

  it('prints a number without the locale’s grouping', () => {
    expect(format('{n}', { n: 1234.5 })).toBe('1234.5');
    expect(format('{n} items', { n: 0 })).toBe('0 items');
  });

  it('prints a Date as its own text', () => {
    const at = new Date('2026-03-05T14:07:00Z');
    expect(format('{at}', { at })).toBe(String(at));
    expect(format('on {at}', { at })).toBe(`on ${String(at)}`);
  });

  it('prints nothing for a value given as undefined or null', () => {
    expect(format('[{x}]', { x: undefined })).toBe('[]');
    expect(format('[{x}]', { x: null })).toBe('[]');
  });

  it('allows white space inside the braces', () => {
    expect(format('{ name }', { name: 'x' })).toBe('x');
  });
});

describe('{arg, number}', () => {
  it('groups and rounds by the locale', () => {
    expect(format('{n, number} orders', { n: 1234.5 })).toBe('1,234.5 orders');
    expect(format('{n, number}', { n: 1000000 })).toBe('1,000,000');
    expect(zh(parseIcuMessage('{n, number}单'), { n: 12345 })).toBe('12,345单');
  });
});

describe('{arg, plural}', () => {
  const items = '{count, plural, =0 {No items} one {# item} other {# items}}';

  it('prefers an exact =N option to the category', () => {
    expect(format(items, { count: 0 })).toBe('No items');
    expect(format('{count, plural, one {# item} =1 {just one} other {# items}}', { count: 1 })).toBe('just one');
  });

  it('chooses the locale’s category next, and other when the category has no option', () => {
    expect(format(items, { count: 1 })).toBe('1 item');
    expect(format(items, { count: 2 })).toBe('2 items');
    expect(format(items, { count: 21 })).toBe('21 items');
    expect(format('{count, plural, one {one} other {other}}', { count: 1.5 })).toBe('other');
  });

  it('uses the other option where the locale has only other (Chinese)', () => {
    const message = parseIcuMessage('{count, plural, one {# 个（单数）} other {# 个}}');
    expect(zh(message, { count: 1 })).toBe('1 个');
  });

  it('prints # with the locale’s number format', () => {
    expect(format(items, { count: 1234.5 })).toBe('1,234.5 items');
    expect(format(items, { count: 1000 })).toBe('1,000 items');
  });

  it('takes a number given as a string', () => {
    expect(format(items, { count: '0' })).toBe('No items');
    expect(format(items, { count: '3' })).toBe('3 items');
  });

  it('lets # in a nested plural print the nested number', () => {
    const message = '{a, plural, other {# of {b, plural, one {# thing} other {# things}}}}';
    expect(format(message, { a: 5, b: 1 })).toBe('5 of 1 thing');
  });
});

describe('{arg, select}', () => {
  const band = '{band, select, atRisk {at risk} unhealthy {unhealthy} other {{band}}}';

  it('chooses the option named by the value, and other for any other value', () => {
    expect(format(band, { band: 'atRisk' })).toBe('at risk');
    expect(format(band, { band: 'unhealthy' })).toBe('unhealthy');
    expect(format(band, { band: 'healthy' })).toBe('healthy');
  });

  it('does not take an option from the object prototype', () => {
    expect(format(band, { band: 'toString' })).toBe('toString');
  });

  it('holds a plural, whose # is its own number', () => {
    const message = '{who, select, me {{n, plural, one {# note of mine} other {# notes of mine}}} other {# of {who}}}';
    expect(format(message, { who: 'me', n: 1 })).toBe('1 note of mine');
    expect(format(message, { who: 'me', n: 21 })).toBe('21 notes of mine');
    expect(format(message, { who: 'Ana', n: 1 })).toBe('# of Ana');
  });

  it('can sit inside a plural', () => {
    const message = '{n, plural, one {{kind, select, a {# A} other {one other}}} other {# many}}';
    expect(format(message, { n: 1, kind: 'a' })).toBe('# A');
    expect(format(message, { n: 1, kind: 'b' })).toBe('one other');
    expect(format(message, { n: 2, kind: 'a' })).toBe('2 many');
  });
});

describe('a missing value', () => {
  it('is an error naming the argument', () => {
    expect(() => format('Hello {name}', {})).toThrow(/"name"/);
    expect(() => format('Hello {name}')).toThrow(/"name"/);
    expect(() => format('{n, plural, other {#}}', { m: 1 })).toThrow(/"n"/);
    expect(() => format('{n, number}', {})).toThrow(/"n"/);
  });

  it('is only an error when the message reaches the argument', () => {
    const message = '{kind, select, named {{name}} other {someone}}';
    expect(format(message, { kind: 'other' })).toBe('someone');
    expect(() => format(message, { kind: 'named' })).toThrow(/"name"/);
  });
});

describe('a malformed message', () => {
  it.each([
    ['an unclosed argument', 'Hello {name', /"name" is not closed/],
    ['an argument without a name', 'Hello {}', /no name/],
    ['a name that is not one', 'Hello {,}', /name is expected/],
    ['a stray closing brace', 'Hello }', /closes no argument/],
    ['a type missing after the comma', '{n, }', /type is expected/],
    ['a plural without other', '{n, plural, one {#}}', /no "other"/],
    ['a select without other', '{k, select, a {A}}', /no "other"/],
    ['a plural without options', '{n, plural, }', /no "other"/],
    ['a repeated option', '{n, plural, one {a} one {b} other {c}}', /"one" appears twice/],
    ['an unknown plural category', '{n, plural, single {a} other {b}}', /"single" is not a plural category/],
    ['an option without braces', '{n, plural, one # other {b}}', /"one" must be followed by "\{"/],
    ['an unclosed option', '{n, plural, one {a', /option "one" is not closed/],
    ['an unclosed plural', '{n, plural, one {a} other {b}', /"n" is not closed/],
    ['a plural without a comma before its options', '{n, plural one {a} other {b}}', /must be followed by ","/],
  ])('%s is refused when parsed', (_what, source, says) => {
    expect(() => parseIcuMessage(source)).toThrow(says);
  });

  it('says where the mistake is', () => {
    expect(() => parseIcuMessage('ab }')).toThrow(/at character 3 of "ab }"/);
  });
});

describe('ICU the catalogues do not use', () => {
  it.each([
    ['dates', '{at, date, short}', /type "date" is not supported/],
    ['times', '{at, time}', /type "time" is not supported/],
    ['ordinals', '{n, selectordinal, one {#st} other {#th}}', /type "selectordinal" is not supported/],
    ['plural offsets', '{n, plural, offset:1 one {a} other {b}}', /offsets are not supported/],
    ['number styles', '{n, number, percent}', /number styles are not supported/],
    ['number skeletons', '{n, number, ::currency/EUR}', /number styles are not supported/],
  ])('%s are refused when parsed', (_what, source, says) => {
    expect(() => parseIcuMessage(source)).toThrow(says);
  });
});

describe('parsing', () => {
  it('gives parts that format the same each time', () => {
    const message = parseIcuMessage('{count, plural, one {# item} other {# items}}');
    expect(en(message, { count: 1 })).toBe('1 item');
    expect(en(message, { count: 2 })).toBe('2 items');
    expect(en(message, { count: 1 })).toBe('1 item');
  });
});
