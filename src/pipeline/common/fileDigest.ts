// A written file's identity in page keys and build records, shared by the stages that write
// files (emit/, render/) and the record of what they wrote (incremental/).
import { createHash } from 'node:crypto';

/** The same text, the same digest. */
export function fileDigest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
