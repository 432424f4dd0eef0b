/** The `Claims Status` tab: each claimed resource's owner and window, and the claims turned away. */
import { claimsStatus as spec } from '../../../sheets-templates/output/claims-status.js';
import type { ResourceStatus } from '../domain/claims/claims-status.js';
import type { Locale } from '../workbook/messages.js';
import type { OutputTab } from '../workbook/port.js';
import { labelOf, layoutTab } from './layout.js';

const STATUS = {
  protected: { en: 'protected', zh: '保护中' },
  open: { en: 'open for takeover', zh: '可重新报备' },
} as const;

const NO_CLAIMS = {
  en: 'No resource claims yet: claims entered on the Claims tab show here with their owner and protection window.',
  zh: '暂无资源报备：在“资源报备”表中登记后，这里列出归属人和保护期。',
} as const;

/** `2026-03-03T10:15` as a sheet shows it: `2026-03-03 10:15`. */
const shown = (at: string) => at.replace('T', ' ');

export function claimsStatusTab(resources: readonly ResourceStatus[], locale: Locale): OutputTab {
  if (resources.length === 0) return layoutTab(spec, {}, locale, [labelOf(NO_CLAIMS, locale)]);
  return layoutTab(
    spec,
    {
      resources: resources.map((r) => ({
        resource: r.resource,
        owner: r.owner,
        claimed_at: shown(r.claimedAt),
        window_end: shown(r.windowEnd),
        status: labelOf(STATUS[r.status], locale),
      })),
      rejected: resources.flatMap((r) =>
        r.rejected.map((x) => ({
          resource: r.resource,
          rep_id: x.repId,
          claimed_at: shown(x.claimedAt),
          owner: x.owner,
          window_end: shown(x.windowEnd),
        })),
      ),
    },
    locale,
  );
}
