/**
 * Words the reader sees come from the catalogues (src/locales/<lang>/messages.json), never from
 * a component's source: JSX text, and string literals in attributes that are read out or shown
 * (aria-label, title, placeholder, alt, label) fail when they hold a letter. Symbols without
 * letters ("→", "×", "·", "(", "+") are not words and pass.
 */
const LETTER = /\p{L}/u;
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** @type {import('eslint').Rule.RuleModule} */
export const noLiteralText = {
  meta: {
    type: 'problem',
    docs: { description: 'User-facing text comes from the message catalogues.' },
    messages: {
      text: 'Text "{{text}}" is written in the component: put it in src/locales/*/messages.json and use t().',
    },
    schema: [],
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } });
    const literalText = (node) => {
      if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
      if (node.type === 'TemplateLiteral')
        return node.quasis.map((q) => q.value.cooked ?? '').join('');
      return undefined;
    };
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) report(node, node.value);
      },
      JSXExpressionContainer(node) {
        if (node.parent?.type === 'JSXAttribute') return;
        const text = literalText(node.expression);
        if (text !== undefined && LETTER.test(text)) report(node, text);
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : '';
        if (!SHOWN_ATTRIBUTES.has(name) || !node.value) return;
        const value =
          node.value.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        const text = literalText(value);
        if (text !== undefined && LETTER.test(text)) report(node, text);
      },
    };
  },
};
