import { describe, expect, it } from 'vitest';
import { htmlToPlainText, normalisePastedText } from '../../../../main/core/appeal/plain-text';

describe('normalisePastedText', () => {
  it('turns CRLF, CR and Unicode line separators into LF', () => {
    expect(normalisePastedText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
  });

  it('drops zero-width, bidirectional and control characters, keeping tabs and newlines', () => {
    expect(normalisePastedText('a\u200Bb\uFEFF\u202Ec\u0007d\te\nf\u00ADg')).toBe('abcd\te\nfg');
  });

  it('keeps every script, emoji sequences and the joiners they need', () => {
    const text = '订单缺陷率 Δ café 👨\u200D👩\u200D👧 به\u200Cخاطر';
    expect(normalisePastedText(text)).toBe(text);
  });

  it('composes decomposed characters and trims trailing spaces on each line', () => {
    expect(normalisePastedText('cafe\u0301  \nnext\u00A0line')).toBe('café\nnext line');
  });

  it('takes a 200,000-character paste whole, quickly', () => {
    const line = 'On 2026-03-01 we removed ASIN B0AAAAAAAA from sale; 订单 113-1234567-1234567 已退款。\r\n';
    const text = line.repeat(Math.ceil(200_000 / line.length)).slice(0, 200_000);
    const started = performance.now();
    const result = normalisePastedText(text);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.length).toBe(200_000 - (text.match(/\r\n/g)?.length ?? 0));
  });
});

describe('htmlToPlainText', () => {
  it('keeps paragraphs, line breaks and list items, and drops styling', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><p><b>Root causes</b></p><ol><li>Handling&nbsp;time was <i>1 day</i></li><li>Stock &amp; counts</li></ol><p>Line one<br>line two</p></body></html>';
    expect(htmlToPlainText(html)).toBe(
      'Root causes\n\n- Handling time was 1 day\n- Stock & counts\n\nLine one\nline two',
    );
  });

  it('decodes numeric entities and leaves unknown ones as written', () => {
    expect(htmlToPlainText('&#35746;&#x5355; &bogus; &lt;b&gt;')).toBe('订单 &bogus; <b>');
  });

  it('drops scripts and comments entirely', () => {
    expect(htmlToPlainText('<script>alert(1)</script><!-- note -->Text')).toBe('Text');
  });

  it('drops a style with attributes over several lines, closed with a space, and a comment holding ">"', () => {
    const html = '<style type="text/css">\np { color: red }\n</style >Kept<!-- if a > b\nthen c -->';
    expect(htmlToPlainText(html)).toBe('Kept');
  });

  it('breaks lines at <br /> and list items with attributes', () => {
    expect(htmlToPlainText('One<br />two<ul><li class="item">three</li></ul>')).toBe('One\ntwo\n- three');
  });

  it('puts table rows on lines of their own and cells apart', () => {
    const html =
      '<table><tr><th>Order</th><th>Days late</th></tr ><tr><td class="id">111-2</td><td>2</td></tr></table>';
    expect(htmlToPlainText(html)).toBe('Order Days late\n111-2 2');
  });

  it('collapses runs of spaces, keeps a single tab, and starts no line with a space', () => {
    expect(htmlToPlainText('<p> Lead</p><p>a   b\tc</p>')).toBe('Lead\n\na b\tc');
  });

  it('decodes hexadecimal entities in either case and refuses code points outside Unicode', () => {
    expect(htmlToPlainText('&#x41;&#X42;&#67;')).toBe('ABC');
    expect(htmlToPlainText('&#x10FFFF;')).toBe(String.fromCodePoint(0x10ffff));
    expect(htmlToPlainText('&#x110000; &#0;')).toBe('&#x110000; &#0;');
  });
});
