/**
 * Lines of at most 160 characters where Prettier cannot help. Prettier wraps code at 120 (and `prettier --check`
 * fails on code it would rewrap), but it never wraps comments, strings or JSX text: this rule looks at lines that
 * hold one of those. Such a line may stay longer only when what makes it long cannot be wrapped: a URL, or one
 * string or template literal (a message, an SVG path, a test fixture) that alone fills the line.
 */
const defaultMax = 160;

export default {
  meta: {
    type: "layout",
    docs: { description: "Lines of at most 160 characters, except URLs and one unbreakable string" },
    schema: [{ type: "object", properties: { max: { type: "integer" } }, additionalProperties: false }],
    messages: { tooLong: "Line {{line}} is {{length}} characters long (at most {{max}}): wrap it." },
  },
  create(context) {
    const max = context.options[0]?.max ?? defaultMax;
    const source = context.sourceCode;
    return {
      "Program:exit"() {
        const longStrings = [];
        const prose = new Set();
        const mark = (node) => {
          for (let line = node.loc.start.line; line <= node.loc.end.line; line++) prose.add(line);
        };
        for (const comment of source.getAllComments()) mark(comment);
        for (const token of source.ast.tokens) {
          if (["String", "Template", "JSXText"].includes(token.type) && token.value.trim().length > 20) mark(token);
        }
        for (const token of source.ast.tokens) {
          if (["String", "Template", "JSXText"].includes(token.type) && token.value.length > 40)
            longStrings.push(token);
        }
        for (const comment of source.getAllComments()) if (/https?:\/\//.test(comment.value)) longStrings.push(comment);
        source.lines.forEach((text, index) => {
          const line = index + 1;
          if (text.length <= max || !prose.has(line)) return;
          if (/https?:\/\/\S{30,}/.test(text)) return;
          const covered = longStrings.some(
            (token) =>
              token.loc.start.line <= line &&
              token.loc.end.line >= line &&
              text.length - (token.range[1] - token.range[0]) <= max,
          );
          if (covered) return;
          context.report({
            loc: { start: { line, column: max }, end: { line, column: text.length } },
            messageId: "tooLong",
            data: { line, length: text.length, max },
          });
        });
      },
    };
  },
};
