// Words a person reads must come from the catalogue, in every language the window speaks: this
// rule reports words written straight into JSX (text between tags, strings in braces, and the
// attributes a person reads or hears: aria-label, title, placeholder, alt, label). Text with
// no letters or digits ("·", "—", "←") is punctuation, and allowed.

const userFacingAttributes = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const hasWords = (text) => /[\p{L}\p{N}]/u.test(text);

/** The string literals an expression may show as they are: `'x'`, `` `x ${y}` ``, `a ? 'x' : 'y'`, `a && 'x'`. */
function shownLiterals(node) {
  if (!node) return [];
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && hasWords(node.value) ? [node] : [];
    case 'TemplateLiteral':
      return node.quasis.some((q) => hasWords(q.value.cooked ?? q.value.raw)) ? [node] : [];
    case 'ConditionalExpression':
      return [...shownLiterals(node.consequent), ...shownLiterals(node.alternate)];
    case 'LogicalExpression':
      return [...shownLiterals(node.left), ...shownLiterals(node.right)];
    default:
      return [];
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow words written straight into JSX: they belong in the i18n catalogue.' },
    schema: [],
    messages: {
      text: 'Text a person reads belongs in the catalogue (main/core/i18n/messages), in English and Chinese: use the translator instead of {{text}}.',
      attribute:
        'The {{name}} attribute is read by people: take its words from the catalogue (main/core/i18n/messages) instead of {{text}}.',
    },
  },
  create(context) {
    const source = context.sourceCode;
    const report = (node, messageId, data) =>
      context.report({ node, messageId, data: { ...data, text: source.getText(node).trim().slice(0, 40) } });
    return {
      JSXText(node) {
        if (hasWords(node.value)) report(node, 'text', {});
      },
      JSXExpressionContainer(node) {
        if (node.parent.type === 'JSXAttribute') return;
        for (const literal of shownLiterals(node.expression)) report(literal, 'text', {});
      },
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || !userFacingAttributes.has(node.name.name)) return;
        const value = node.value?.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        for (const literal of shownLiterals(value)) report(literal, 'attribute', { name: node.name.name });
      },
    };
  },
};
