import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { Block, Inline } from '../util/markdown';

/** A run of inline Markdown: text nodes, links, code, bold and italic. */
@Component({
  selector: 'simo-markdown-inline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (p of parts(); track $index) {
      @if (p.href) {
        <a [href]="p.href" target="_blank" rel="noopener noreferrer">{{ p.text }}</a>
      } @else if (p.code) {
        <code>{{ p.text }}</code>
      } @else if (p.bold) {
        <strong>{{ p.text }}</strong>
      } @else if (p.italic) {
        <em>{{ p.text }}</em>
      } @else {
        {{ p.text }}
      }
    }
  `,
  styles: `code { font-family: monospace; background: var(--mat-sys-surface-container-high); padding: 0 3px; border-radius: 3px; }`,
})
export class MarkdownInline {
  readonly parts = input.required<readonly Inline[]>();
}

/** Renders parsed Markdown blocks as text nodes and a few elements; no HTML from the source ever gets through. */
@Component({
  selector: 'simo-markdown',
  imports: [MarkdownInline],
  template: `
    @for (b of blocks(); track $index) {
      @switch (b.kind) {
        @case ('heading') { <p class="heading"><simo-markdown-inline [parts]="b.content" /></p> }
        @case ('paragraph') { <p><simo-markdown-inline [parts]="b.content" /></p> }
        @case ('list') {
          @if (b.ordered) {
            <ol>@for (item of b.items; track $index) { <li><simo-markdown-inline [parts]="item" /></li> }</ol>
          } @else {
            <ul>@for (item of b.items; track $index) { <li><simo-markdown-inline [parts]="item" /></li> }</ul>
          }
        }
      }
    }
  `,
  styles: `
    :host { display: block; font: var(--mat-sys-body-medium); }
    .heading { font: var(--mat-sys-title-small); }
    p, ul, ol { margin: 0 0 8px; }
  `,
})
export class Markdown {
  readonly blocks = input.required<readonly Block[]>();
}
