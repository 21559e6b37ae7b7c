// The policy every page carries as a meta tag (render/) and static hosts send as a header
// (emit/hosting.ts): one definition, so the two can never disagree.

/** Shipped with every page: no inline script or style, no eval of any kind. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
