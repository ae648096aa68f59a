// The response headers of the dashboard's own files, wherever they are served from (the serve command,
// the simulated hub). Scripts only from this origin, never inline or eval'd; Trusted Types enforced;
// connections (REST and the /mqtt/ websocket) only to this origin; never framed.

/**
 * Trusted Types policies: Angular's own, and the app's narrow `default` policy that only lets the
 * service worker's URL through (src/app/core/platform/trusted-types.ts).
 */
const TRUSTED_TYPES = ['angular', 'angular#bundler', 'default'];

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Angular adds component styles at run time as <style> elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPES.join(' ')}`,
].join('; ');

/** Powerful features nobody needs here are switched off; full screen and wake lock stay for kiosks. */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'fullscreen=(self)',
  'screen-wake-lock=(self)',
].join(', ');

/** @returns {Record<string, string>} */
export function securityHeaders() {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}
