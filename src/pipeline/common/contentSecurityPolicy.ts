// The policy every page carries as a meta tag (render/) and static hosts send as a header
// (emit/hosting.ts): one definition, so the two can never disagree.
import { HEAD_SCRIPT, scriptHashSource } from './headScript';

/**
 * Shipped with every page: no inline script or style but the head script, allowed by its hash
 * (decision 0014), no eval of any kind.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${scriptHashSource(HEAD_SCRIPT)}`,
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
