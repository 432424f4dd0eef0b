/**
 * A run's closed months (frozen statements and scorecards) are read from its store while the workbook
 * is read, not before it: both wait on the network in the cloud. A store that cannot read them fails
 * the run before anything is written.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DEMO_AS_OF, demoOrganisation } from '../functions/src/demo/organisation.js';
import { recalculate } from '../functions/src/recalculate.js';
import { LocalRunStore } from '../functions/src/store/local-store.js';
import type { FrozenMonthRecord } from '../functions/src/store/port.js';
import { templateWorkbook } from '../functions/src/template/template.js';
import type { OutputTab, WorkbookPort } from '../functions/src/workbook/port.js';
import { XlsxWorkbook } from '../functions/src/workbook/xlsx-workbook.js';
import { tempDir } from './support/files.js';

let file: string;

beforeAll(async () => {
  file = path.join(await tempDir(), 'demo.xlsx');
  await templateWorkbook('en', demoOrganisation('en')).xlsx.writeFile(file);
});

/** The demo workbook, telling when its read starts and counting the output writes it is asked for. */
function watchedWorkbook(): { workbook: WorkbookPort; readStarted: Promise<void>; writes: () => number } {
  const inner = new XlsxWorkbook(file);
  let started!: () => void;
  const readStarted = new Promise<void>((resolve) => (started = resolve));
  let writes = 0;
  const workbook: WorkbookPort = {
    location: inner.location,
    read: () => {
      started();
      return inner.read();
    },
    writeOutputs: (tabs: readonly OutputTab[]) => {
      writes += 1;
      return inner.writeOutputs(tabs);
    },
  };
  return { workbook, readStarted, writes: () => writes };
}

describe('closed months and the workbook read', () => {
  test('given a store that answers for closed months only once the workbook is being read, when recalculated, then the run completes', async () => {
    const { workbook, readStarted, writes } = watchedWorkbook();
    // Read one after the other, the run would wait for the months and the months for the read.
    class StoreAnsweringLate extends LocalRunStore {
      override async frozenMonths(): Promise<FrozenMonthRecord[]> {
        await readStarted;
        return super.frozenMonths();
      }
    }
    const report = await recalculate(workbook, {
      asOf: DEMO_AS_OF,
      store: new StoreAnsweringLate(await tempDir()),
    });
    expect(report.record.outcome).toBe('completed');
    expect(report.results.scorecards.length).toBeGreaterThan(0);
    expect(writes()).toBe(1);
  });

  test("given a store whose closed months cannot be read, when recalculated, then the run fails with the store's error and writes no output tab", async () => {
    const { workbook, writes } = watchedWorkbook();
    class StoreFailing extends LocalRunStore {
      override frozenMonths(): Promise<FrozenMonthRecord[]> {
        return Promise.reject(new Error('closed months unreadable: deadline exceeded'));
      }
    }
    await expect(
      recalculate(workbook, { asOf: DEMO_AS_OF, store: new StoreFailing(await tempDir()) }),
    ).rejects.toThrow('closed months unreadable: deadline exceeded');
    expect(writes()).toBe(0);
  });
});
