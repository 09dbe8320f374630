// The scan's shortcuts inside postal-mime (attachment-summary.ts, line-batch.ts, body-decoders.ts)
// must not change what the engine is given: the same MessageFacts with all of them switched
// off, as postal-mime parses on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, it, expect } from 'vitest';
import { setAttachmentSummaries } from '../../src/cli/attachment-summary';
import { setBodyDecoders } from '../../src/cli/body-decoders';
import { emlToFacts } from '../../src/cli/eml-facts';
import { setLineBatches } from '../../src/cli/line-batch';

function shortcuts(on: boolean): void {
  setAttachmentSummaries(on);
  setLineBatches(on);
  setBodyDecoders(on);
}

afterEach(() => shortcuts(true));

const MAIL = join(__dirname, '..', '..', 'samples', 'mail');

describe('scan shortcuts inside postal-mime', () => {
  it('give the same facts for every sample message, with raw headers and DOM-only', async () => {
    const files = readdirSync(MAIL).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const raw = readFileSync(join(MAIL, f));
      for (const domOnly of [false, true]) {
        shortcuts(false);
        const slow = await emlToFacts(new Uint8Array(raw), { domOnly });
        shortcuts(true);
        const fast = await emlToFacts(new Uint8Array(raw), { domOnly });
        expect(fast, f).toEqual(slow);
      }
    }
  });
});
