// The harness's way to ../shared: whole payload lists when there, null and a stated skip when not.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { securityList, sharedDir, skipNote } from '../harness/shared';

const QUICK_LIST = path.join(sharedDir, 'security/xss_payloads_quick.txt');

describe('the shared folder beside the repository', () => {
  it('gives null for a payload list that is not there, so a test can say it skips', () => {
    expect(securityList('no-such-list.txt')).toBeNull();
  });

  it('says why a block skips when the folder it needs is absent, nothing when it is there', () => {
    expect(skipNote(path.join(sharedDir, 'no-such-corpus'))).toBe(
      ' (skipped: ../shared/no-such-corpus is not beside the repository)',
    );
    expect(skipNote(path.dirname(sharedDir))).toBe('');
  });

  const hasQuickList = existsSync(QUICK_LIST);
  describe.runIf(hasQuickList)(`reads a payload list whole${skipNote(QUICK_LIST)}`, () => {
    it('keeps every payload, not only the first few, and no blank lines', () => {
      const payloads = securityList('xss_payloads_quick.txt')!;
      expect(payloads.length).toBeGreaterThan(20);
      expect(payloads).toContain('<svg/onload=alert(1)>//INJECTX');
      expect(payloads.every((p) => p.trim() !== '')).toBe(true);
    });
  });
});
