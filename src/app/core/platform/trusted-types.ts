interface TrustedTypePolicyFactoryLike {
  readonly defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL?: (input: string) => string }): unknown;
}

/**
 * The page enforces Trusted Types (`require-trusted-types-for 'script'`). Angular uses its own policies
 * for what it renders, but registers the service worker with a plain string, which the browser then
 * refuses. This default policy lets exactly that one URL through and refuses every other string that
 * reaches a script-URL sink; HTML and script sinks get no default at all.
 */
export function installTrustedTypesDefaultPolicy(win: Window & typeof globalThis = window): void {
  const factory = (win as unknown as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory || factory.defaultPolicy) return;
  factory.createPolicy('default', {
    createScriptURL: (input) => {
      const url = new URL(input, win.location.href);
      // The app may live under a sub-path (built with another base href): the worker sits beside it.
      if (url.origin === win.location.origin && url.pathname.endsWith('/ngsw-worker.js')) return input;
      throw new TypeError(`Refused script URL: ${input}`);
    },
  });
}
