/** The `Run Log` tab: the latest runs, newest first. */
import { runLog as spec } from '../../../sheets-templates/index.js';
import type { RunRecord } from '../store/port.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { layoutTab } from './layout.js';

export function runLogTab(runs: readonly RunRecord[], locale: Locale): OutputTab {
  return layoutTab(
    spec,
    {
      runs: runs.map((r) => ({
        started_at: r.started_at_local,
        as_of: r.as_of,
        trigger: r.trigger,
        rows_read: r.rows_read,
        rows_used: r.rows_used,
        rows_skipped: r.rows_skipped,
        data_issues: r.data_issues,
        duration_ms: r.duration_ms,
        input_hash: r.input_hash.slice(0, 12),
        result_digest: r.result_digest?.slice(0, 12) ?? '',
        outcome:
          r.outcome === 'completed'
            ? locale === 'zh-CN'
              ? '完成'
              : 'completed'
            : `${locale === 'zh-CN' ? '已停止' : 'stopped'}: ${r.message ?? ''}`,
      })),
    },
    locale,
  );
}
