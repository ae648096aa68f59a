/** What a widget asks for: a controller method, its arguments, and the same in words. */
export interface WidgetIntent {
  readonly method: string;
  readonly args: readonly unknown[];
  readonly label: string;
}
