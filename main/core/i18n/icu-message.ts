// The part of ICU MessageFormat the catalogues use, and nothing more: text with ICU apostrophe
// quoting, {arg}, {arg, number}, {arg, plural, =0 {…} one {…} other {…}} with #, and
// {arg, select, a {…} other {…}}, nested. Angle brackets are plain text (no rich-text tags).
// A message is parsed once into parts and then formatted many times; anything outside this
// subset (dates, offsets, ordinals, number styles) is refused when the message is parsed, so a
// catalogue mistake shows on its first use rather than as odd text. Pure: Intl does the locale's
// plural rules and numbers.

/** A message after parsing: text, and the arguments to fill in. */
export type IcuMessage = readonly IcuPart[];

export type IcuPart =
  | string
  | { readonly kind: 'argument'; readonly name: string }
  | { readonly kind: 'number'; readonly name: string }
  /** `#` in a plural's option: the plural's number. */
  | { readonly kind: 'pound' }
  | { readonly kind: 'plural'; readonly name: string; readonly options: ReadonlyMap<string, IcuMessage> }
  | { readonly kind: 'select'; readonly name: string; readonly options: ReadonlyMap<string, IcuMessage> };

/** Argument values by name; `in` decides whether one is given (one given as undefined prints nothing). */
export type IcuValues = Readonly<Record<string, unknown>>;

const pluralCategories: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
// Argument names and option keys end at white space or ICU syntax characters.
const identifier = /[^\p{White_Space}\p{Pattern_Syntax}]*/uy;
const space = /\p{Pattern_White_Space}*/uy;
const exactNumber = /=-?\d+/y;
/** Characters an apostrophe quotes; `#` too inside a plural's option. */
const quotable = new Set(['{', '}', '<', '>']);

/** Parses `source`; throws an error that says what is wrong and where, for anything unsupported. */
export function parseIcuMessage(source: string): IcuMessage {
  let at = 0;

  const fail = (what: string, where = at): never => {
    throw new SyntaxError(`${what} (at character ${where} of "${source}")`);
  };

  function match(pattern: RegExp): string {
    pattern.lastIndex = at;
    const found = pattern.exec(source)?.[0] ?? '';
    at += found.length;
    return found;
  }

  function expect(char: string, what: string, where = at): void {
    if (source[at] !== char) fail(what, where);
    at++;
  }

  /** Parts up to the end, or up to the `}` closing an option when nested. */
  function message(nested: boolean, inPlural: boolean): IcuPart[] {
    const parts: IcuPart[] = [];
    while (at < source.length) {
      const char = source[at];
      if (char === '}') {
        if (nested) break;
        fail('"}" closes no argument');
      }
      if (char === '{') parts.push(argument());
      else if (char === '#' && inPlural) {
        at++;
        parts.push({ kind: 'pound' });
      } else {
        const text = literal(inPlural);
        if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += text;
        else parts.push(text);
      }
    }
    return parts;
  }

  /** Text up to the next brace (or `#` in a plural), with apostrophe quoting resolved. */
  function literal(inPlural: boolean): string {
    let text = '';
    while (at < source.length) {
      const char = source[at]!;
      if (char === '{' || char === '}' || (char === '#' && inPlural)) break;
      at++;
      if (char !== "'") {
        text += char;
        continue;
      }
      const next = source[at];
      if (next === "'") {
        text += "'";
        at++;
      } else if (next !== undefined && (quotable.has(next) || (next === '#' && inPlural))) {
        text += quoted();
      } else {
        text += "'";
      }
    }
    return text;
  }

  /** Quoted text after an opening apostrophe, up to the closing one (or the end); '' is an apostrophe. */
  function quoted(): string {
    let text = source[at++]!;
    while (at < source.length) {
      const char = source[at++]!;
      if (char !== "'") text += char;
      else if (source[at] === "'") {
        text += "'";
        at++;
      } else break;
    }
    return text;
  }

  function argument(): IcuPart {
    const start = at++;
    match(space);
    const name = match(identifier);
    if (!name) fail(source[at] === '}' ? 'An argument has no name' : 'An argument name is expected', at);
    match(space);
    if (source[at] === '}') {
      at++;
      return { kind: 'argument', name };
    }
    expect(',', `Argument "${name}" is not closed by "}"`, start);
    match(space);
    const typeAt = at;
    const type = match(identifier);
    match(space);
    switch (type) {
      case 'number':
        if (source[at] === ',') fail(`Argument "${name}": number styles are not supported`, at);
        expect('}', `Argument "${name}" is not closed by "}"`, start);
        return { kind: 'number', name };
      case 'plural':
      case 'select': {
        expect(',', `Argument "${name}": "${type}" must be followed by ","`);
        const options = optionsOf(name, type);
        expect('}', `Argument "${name}" is not closed by "}"`, start);
        return { kind: type, name, options };
      }
      case '':
        return fail(`Argument "${name}": a type is expected after ","`, typeAt);
      default:
        return fail(`Argument "${name}": type "${type}" is not supported (only number, plural and select)`, typeAt);
    }
  }

  function optionsOf(name: string, type: 'plural' | 'select'): Map<string, IcuMessage> {
    const options = new Map<string, IcuMessage>();
    for (;;) {
      match(space);
      const keyAt = at;
      const key = match(identifier) || (type === 'plural' ? match(exactNumber) : '');
      if (!key) break;
      if (type === 'plural' && key === 'offset') fail(`Argument "${name}": plural offsets are not supported`, keyAt);
      if (type === 'plural' && !key.startsWith('=') && !pluralCategories.has(key)) {
        fail(`Argument "${name}": "${key}" is not a plural category (zero, one, two, few, many, other or =N)`, keyAt);
      }
      if (options.has(key)) fail(`Argument "${name}": option "${key}" appears twice`, keyAt);
      match(space);
      expect('{', `Argument "${name}": option "${key}" must be followed by "{"`);
      const optionAt = at - 1;
      options.set(key, message(true, type === 'plural'));
      expect('}', `Argument "${name}": option "${key}" is not closed by "}"`, optionAt);
    }
    if (!options.has('other')) fail(`Argument "${name}": the ${type} has no "other" option`);
    return options;
  }

  return message(false, false);
}

/** Formats parsed messages for one locale, with its plural rules and number format made once. */
export function createIcuFormatter(locale: string): (message: IcuMessage, values?: IcuValues) => string {
  let numbers: Intl.NumberFormat | undefined;
  let plurals: Intl.PluralRules | undefined;
  const formatNumber = (value: unknown) => (numbers ??= new Intl.NumberFormat(locale)).format(value as number);

  function valueOf(name: string, values: IcuValues | undefined): unknown {
    if (!values || !(name in values)) throw new Error(`The message needs a value for "${name}"`);
    return values[name];
  }

  /** `count` is the number of the plural whose option this is: `#` only occurs in such options. */
  function format(message: IcuMessage, values: IcuValues | undefined, count = Number.NaN): string {
    let text = '';
    for (const part of message) {
      if (typeof part === 'string') {
        text += part;
        continue;
      }
      switch (part.kind) {
        case 'pound':
          text += formatNumber(count);
          break;
        case 'argument':
          text += plainText(valueOf(part.name, values));
          break;
        case 'number':
          text += formatNumber(valueOf(part.name, values));
          break;
        case 'select':
          text += format(optionFor(part.options, String(valueOf(part.name, values))), values);
          break;
        case 'plural': {
          const value = valueOf(part.name, values);
          const number = Number(value);
          const exact = part.options.get(`=${String(value)}`);
          const option = exact ?? optionFor(part.options, (plurals ??= new Intl.PluralRules(locale)).select(number));
          text += format(option, values, number);
        }
      }
    }
    return text;
  }

  return format;
}

/** A plain `{arg}`: strings and numbers as they are (no grouping), nothing for null or undefined. */
function plainText(value: unknown): string {
  return value === null || value === undefined || value === false ? '' : String(value);
}

function optionFor(options: ReadonlyMap<string, IcuMessage>, key: string): IcuMessage {
  // The parser refuses a plural or select without "other".
  return options.get(key) ?? options.get('other')!;
}
