import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml } from '../../scripts/vite-minify-templates.js';

describe('minifying Lit templates at build time', () => {
  it('strips comments and the spaces CSS does not need', () => {
    expect(
      minifyCss(
        '\n  /* a note */\n  :host {\n    display: block;\n  }\n  .a, .b > .c {\n    color: red;\n  }\n',
      ),
    ).toBe(' :host{display:block}.a,.b>.c{color:red}');
  });

  it('keeps the spaces that carry meaning: descendant pseudo-classes and calc operators', () => {
    expect(minifyCss('.a :focus { width: calc(1px + 2em - 3%); }')).toBe(
      '.a :focus{width:calc(1px + 2em - 3%)}',
    );
    expect(minifyCss(':host([theme]) .footnote { margin: 0 auto; }')).toBe(
      ':host([theme]) .footnote{margin:0 auto}',
    );
  });

  it('turns line breaks and indentation in markup into one space, leaving escapes alone', () => {
    expect(minifyHtml('<div>\n    <span>a</span>\n    <span>b</span>\n  </div>')).toBe(
      '<div> <span>a</span> <span>b</span> </div>',
    );
    expect(minifyHtml('<strong>x</strong>\\n<em>y</em>')).toBe('<strong>x</strong>\\n<em>y</em>');
  });
});
