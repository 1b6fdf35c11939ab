/**
 * Random sequences of saves, restores and reopenings against a plain model: the store always returns
 * the last content saved or restored, and writes exactly one revision per actual change.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setCell, type Report } from '../../../shared/report';
import { mengzhou2025, openIn, removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

const VARIANTS: Report[] = [
  mengzhou2025(),
  setCell(mengzhou2025(), 'T2.licensing.decisions', '1'),
  { ...mengzhou2025(), intro: '另一版引言' },
  setCell(mengzhou2025(), 'T3.newReceived.natural', null),
];

type Op = { kind: 'save'; variant: number } | { kind: 'restore'; pick: number } | { kind: 'reopen' };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('save' as const), variant: fc.nat(VARIANTS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), pick: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopen' as const) }) },
);

describe('store against a model', () => {
  it('returns the last saved or restored content and writes one revision per change', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const dir = tempDir('model');
        let store = openIn(dir);
        const first = await store.importReport(VARIANTS[0]!, 'draft', false);
        const contents = new Map<number, Report>([[first.revisionId, VARIANTS[0]!]]);
        let current = VARIANTS[0]!;
        let revisions = 1;
        for (const o of ops) {
          if (o.kind === 'reopen') {
            store.close();
            store = openIn(dir);
          } else {
            const restoredId = [...contents.keys()][o.kind === 'restore' ? o.pick % contents.size : 0]!;
            const target = o.kind === 'save' ? VARIANTS[o.variant]! : contents.get(restoredId)!;
            const changed = JSON.stringify(target) !== JSON.stringify(current);
            const revisionId =
              o.kind === 'save'
                ? (await store.saveReport(first.id, target)).revisionId
                : (await store.restore(first.id, restoredId)).revisionId;
            if (changed) revisions++;
            contents.set(revisionId, target);
            current = target;
          }
          expect((await store.openReport(first.id)).report).toEqual(current);
          expect(await store.history(first.id)).toHaveLength(revisions);
        }
        store.close();
        removeTempDirs();
      }),
      { numRuns: 25 },
    );
  });
});
