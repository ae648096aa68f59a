import { parseInline, parseMarkdown } from './markdown';

describe('markdown', () => {
  it('parses inline marks and keeps only http(s) links', () => {
    expect(parseInline('a **b** *c* `d` [e](https://x.io) [f](javascript:void)')).toEqual([
      { text: 'a ' }, { text: 'b', bold: true }, { text: ' ' }, { text: 'c', italic: true }, { text: ' ' }, { text: 'd', code: true },
      { text: ' ' }, { text: 'e', href: 'https://x.io' }, { text: ' ' }, { text: 'f' },
    ]);
  });

  it('splits headings, paragraphs and lists, and never yields markup', () => {
    const blocks = parseMarkdown('# Title\nline one\nline two\n\n- a\n- b\n1. c\n\n<script>x</script>');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'paragraph']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', content: [{ text: 'line one line two' }] });
    expect(blocks[2]).toEqual({ kind: 'list', ordered: false, items: [[{ text: 'a' }], [{ text: 'b' }]] });
    expect(blocks[4]).toEqual({ kind: 'paragraph', content: [{ text: '<script>x</script>' }] });
  });
});
