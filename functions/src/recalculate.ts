/**
 * The one orchestrator: read the workbook, check its inputs, compute, write the output tabs, record
 * the run. The CLI calls it now; the cloud functions call it too.
 */
import { randomUUID } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns/lightFormat';
import { inputTabs, leaderboard, outputTabs } from '../../sheets-templates/index.js';
import { alertsTab } from './outputs/alerts-tab.js';
import { layoutTab } from './outputs/layout.js';
import { leadershipSummary, leadershipTab } from './outputs/leadership-tab.js';
import { repLeaderboardRows, scorecardTab } from './outputs/scorecard-tab.js';
import { alertJson, sortAlerts } from './run/alerts.js';
import { appraisalResults, type AppraisalResults } from './run/appraisal-results.js';
import { insightResults } from './run/insight-results.js';
import { campaignResults, type CampaignResults } from './run/campaign-results.js';
import { claimsAndLeads } from './run/claims-and-leads.js';
import { payoutResults } from './run/payout-results.js';
import { recordsOf, type Records } from './run/records.js';
import { payoutsTab } from './outputs/payouts-tab.js';
import { monthsBetween } from './domain/periods.js';
import { scorecardResults } from './run/scorecard-results.js';
import { todayIn, type Day } from './domain/days.js';
import { funnelTab } from './outputs/funnel-tab.js';
import { issuesTab } from './outputs/issues-tab.js';
import { runLogTab } from './outputs/run-log-tab.js';
import { planFunnel } from './run/funnel-inputs.js';
import { funnelJson, issueJson, resultDigest, type Results } from './run/results.js';
import { growHeapForRuns } from './run/heap-growth.js';
import {
  CHANGE_LOG_LENGTH,
  changeLogTab,
  closePay,
  inputChanges,
  inputSnapshots,
  loadHistory,
  settlePeriods,
  type HistoryContext,
  type RunStamp,
} from './run/history.js';
import type { ChangeEntry, FrozenMonthRecord } from './store/port.js';
import type { RunRecord, RunStore } from './store/port.js';
import { ingest, matchTabs, type Ingested, type Inputs } from './workbook/ingest.js';
import { listIssues, RuleTableError, type DataIssue } from './workbook/issues.js';
import { issueMessage, type Locale } from './workbook/messages.js';
import type { OutputTab, WorkbookPort } from './workbook/port.js';

export interface RecalculateOptions {
  /** The day results are computed as of; default today in the workbook's time zone. */
  asOf?: Day;
  store?: RunStore;
  trigger?: RunRecord['trigger'];
  /** Write the output tabs (default true); false computes and reports only. */
  write?: boolean;
  /** The clock, for tests. */
  now?: () => Date;
  /** Called as each step starts, for a progress display. */
  onStep?: (step: 'read' | 'check' | 'compute' | 'write' | 'record') => void;
}

export interface RunReport {
  results: Results;
  record: RunRecord;
  /** The data issues as listed: each kind's first thousand, the rest counted (`record.data_issues` counts them all). */
  issues: readonly DataIssue[];
  locale: Locale;
  written: boolean;
  /** The output tabs as written (Run Log last), for the leadership and rep copies. */
  outputs: readonly OutputTab[];
  /** The inputs sharing reads: Settings and the reps (their addresses). */
  inputs: Pick<Inputs, 'settings' | 'reps'>;
  /** Documents (or files) the store wrote keeping the input tabs: 0 when each was kept already. */
  inputsKept: number;
}

const RUN_LOG_LENGTH = 50;

/** The tab title for a tab id in the workbook's language. */
function tabTitler(locale: Locale): (id: string) => string {
  const titles = new Map<string, string>(
    [...inputTabs, ...outputTabs].map((t) => [t.id, locale === 'zh-CN' ? t.zh : t.id]),
  );
  return (id) => titles.get(id) ?? id;
}

/** One sentence naming every cell that stopped the run. */
function stopMessage(stops: readonly DataIssue[], locale: Locale): string {
  return stops
    .map((s) => `${s.tab}!${s.cell ?? (s.row ? `row ${s.row}` : '')}: ${issueMessage(s, locale)}`)
    .join(' ');
}

/**
 * Reads and checks the workbook's inputs. The cells as read are let go here, row by row as the check
 * reads them, as a large log's cells take hundreds of MB: they and the checked rows are never all held
 * at once. A store that keeps history gets the tabs changed since its last completed run (`keptAs`,
 * that run's tab hashes) as chunks of text, made first, while the cells are all there
 * (`inputSnapshots`); undefined without such a store, or when the check stopped the run.
 */
async function readAndCheck(
  workbook: WorkbookPort,
  options: RecalculateOptions,
  keptAs: Readonly<Record<string, string>> | undefined,
): Promise<{ ingested: Ingested; snapshots?: ReturnType<typeof inputSnapshots> }> {
  options.onStep?.('read');
  const raw = await workbook.read();
  options.onStep?.('check');
  const matched = matchTabs(raw);
  const snapshots = keptAs && inputSnapshots(raw, matched.tabHashes, keptAs);
  const ingested = ingest(matched, { consume: true });
  if (!snapshots || ingested.stops.length > 0) return { ingested };
  return { ingested, snapshots };
}

/**
 * Reads and checks the inputs and, for a store that keeps history, works out which input cells
 * changed since the last completed run and keeps the tabs that changed, before anything is computed:
 * their chunks are then let go too. A run that fails after this has kept inputs it read, named by
 * their content, which a later run finds kept already; it records nothing else.
 */
async function readCheckAndKeep(
  workbook: WorkbookPort,
  options: RecalculateOptions,
  keeping: { history: HistoryContext; stamp: (ingested: Ingested) => RunStamp } | undefined,
): Promise<{ ingested: Ingested; changes: ChangeEntry[]; inputsKept: number }> {
  const { ingested, snapshots } = await readAndCheck(
    workbook,
    options,
    keeping && (keeping.history.previous?.tab_hashes ?? {}),
  );
  if (!keeping || !snapshots) return { ingested, changes: [], inputsKept: 0 };
  const stamp = keeping.stamp(ingested);
  const changes = await inputChanges(keeping.history, snapshots, stamp);
  const { written } = await keeping.history.keeper.keepInputs(stamp.id, snapshots);
  return { ingested, changes, inputsKept: written };
}

/** Recalculates a workbook. Throws `RuleTableError`, writing nothing, when a rule table cannot work. */
export async function recalculate(
  workbook: WorkbookPort,
  options: RecalculateOptions = {},
): Promise<RunReport> {
  growHeapForRuns();
  const now = options.now ?? (() => new Date());
  const started = now();
  const startedMs = performance.now();
  const write = options.write ?? true;
  const recent = (await options.store?.recentRuns(RUN_LOG_LENGTH - 1)) ?? [];
  // Closed months and the change log (run/history.ts): the frozen months are read while the workbook is.
  const history = loadHistory(options.store, recent);
  const id = randomUUID().slice(0, 8);
  const stampOf = (timezone: string): RunStamp => ({
    id,
    started_at: started.toISOString(),
    started_at_local: lightFormat(new TZDate(started.getTime(), timezone), 'yyyy-MM-dd HH:mm:ss'),
  });
  const { ingested, ...kept } = await readCheckAndKeep(
    workbook,
    options,
    history && write ? { history, stamp: (i) => stampOf(i.inputs.settings.timezone) } : undefined,
  );
  const { settings } = ingested.inputs;
  const locale = settings.locale;
  const asOf = options.asOf ?? todayIn(settings.timezone, started);
  const record = (
    outcome: RunRecord['outcome'],
    issues: number,
    digest?: string,
    message?: string,
  ): RunRecord => ({
    ...stampOf(settings.timezone),
    trigger: options.trigger ?? 'cli',
    as_of: asOf,
    input_hash: ingested.inputHash,
    tab_hashes: ingested.tabHashes,
    rows_read: ingested.counts.read,
    rows_used: ingested.counts.used,
    rows_skipped: ingested.counts.skipped,
    data_issues: issues,
    duration_ms: Math.round(performance.now() - startedMs),
    ...(digest ? { result_digest: digest } : {}),
    ...(message ? { message } : {}),
    outcome,
  });

  if (ingested.stops.length > 0) {
    const message = stopMessage(ingested.stops, locale);
    await options.store?.recordRun(record('stopped', ingested.issues.length, undefined, message));
    throw new RuleTableError(ingested.stops, message);
  }

  const frozen = (await history?.frozen) ?? [];
  options.onStep?.('compute');
  const { results, issues, issueCount, tabs, close } = compute(ingested, asOf, locale, frozen);
  const run = record('completed', issueCount, resultDigest(results));
  const changes =
    history && write
      ? [...(await settlePeriods(history, close, results.scorecards, run)), ...kept.changes]
      : [];
  const logged = history && write ? await history.keeper.recentChanges(CHANGE_LOG_LENGTH) : [];
  const outputs = [
    ...tabs,
    changeLogTab([...changes, ...logged], locale, tabTitler(locale)),
    runLogTab([run, ...(write ? recent : [])], locale),
  ];
  if (write) {
    options.onStep?.('write');
    await workbook.writeOutputs(outputs);
  }
  options.onStep?.('record');
  const final = { ...run, duration_ms: Math.round(performance.now() - startedMs) };
  if (write && history) {
    // Named by the inputs it was counted against, so a retried run rewrites the same entries.
    await history.keeper.appendChanges(
      `${history.previous?.id ?? 'first'}-${run.input_hash.slice(0, 16)}`,
      changes,
    );
  }
  if (write) await options.store?.recordRun(final);
  return {
    results,
    record: final,
    issues,
    locale,
    written: write,
    outputs,
    inputs: { settings: ingested.inputs.settings, reps: ingested.inputs.reps },
    inputsKept: kept.inputsKept,
  };
}

/** The scorecards and pay: the rules that read the rule records made from the activity log (`recordsOf`). */
function scoresAndPay(
  inputs: Inputs,
  records: Records,
  asOf: Day,
  frozen: readonly FrozenMonthRecord[],
  campaign: CampaignResults,
  appraisal: AppraisalResults,
) {
  const scores = scorecardResults(inputs, asOf, records);
  const months = monthsBetween(records.firstDay, asOf);
  const { pay, scorecards } = closePay(
    payoutResults(
      inputs,
      records,
      months,
      asOf,
      scores.cards,
      campaign.rewardLines,
      appraisal.inquiryAdjustments,
    ),
    months,
    inputs,
    frozen,
    scores.json,
  );
  return { scores, pay, scorecards };
}

/**
 * Every rule's results: the scorecards, pay, campaign, appraisals, claims and insights, each from the
 * inputs. The rules that read the activity log's checked rows run first: the campaign and appraisals
 * (pay reads their rewards and adjustments), the rule records (`recordsOf`), the claims and insights.
 * The rows, most of the inputs' memory (a million rows hold about 180 MB), are then let go, and the
 * scorecards and pay, the rules that allocate the most, work from the records without them: a
 * million-row run peaks lower (the README's benchmark).
 */
function ruleResults(inputs: Inputs, asOf: Day, locale: Locale, frozen: readonly FrozenMonthRecord[]) {
  const funnel = planFunnel(inputs);
  const campaign = campaignResults(inputs, funnel.result, asOf, locale);
  const appraisal = appraisalResults(inputs, asOf, locale);
  const records = recordsOf(inputs, asOf);
  const claims = claimsAndLeads(inputs, asOf, locale);
  const insights = insightResults(inputs, asOf, locale, campaign.rewardLines);
  inputs.activity = [];
  const { scores, pay, scorecards } = scoresAndPay(inputs, records, asOf, frozen, campaign, appraisal);
  return { funnel, scores, campaign, appraisal, pay, scorecards, claims, insights };
}

/**
 * Every result of the run, as JSON and as output tabs. The rules let the activity log's checked rows
 * go once the last rule that reads them has run (`ruleResults`): the output tabs are laid out, the
 * digest taken and the tabs written without them.
 */
function compute(ingested: Ingested, asOf: Day, locale: Locale, frozen: readonly FrozenMonthRecord[]) {
  const { inputs } = ingested;
  const { funnel, scores, campaign, appraisal, pay, scorecards, claims, insights } = ruleResults(
    inputs,
    asOf,
    locale,
    frozen,
  );
  // Every issue is counted; each kind's first thousand are listed (`listIssues`).
  const all = [...ingested.issues, ...funnel.issues];
  const issues = listIssues(all);
  const alerts = sortAlerts([
    ...scores.alerts,
    ...appraisal.alerts,
    ...pay.alerts,
    ...campaign.alerts,
    ...claims.alerts,
    ...insights.alerts,
  ]);
  const results: Results = {
    as_of: asOf,
    scorecards,
    payouts: pay.json,
    funnel: funnel.result ? funnelJson(funnel.result) : null,
    channel_gaps: campaign.channelGaps,
    alerts: alerts.map((a) => alertJson(a, locale)),
    claims: claims.claims,
    appraisals: appraisal.json.appraisals,
    inquiries: appraisal.json.inquiries,
    insights: insights.json,
    data_issues: issues.map((i) => issueJson(i, locale)),
  };
  const names = new Map(inputs.reps.map((r) => [r.rep_id, r.name]));
  const tabs = [
    scorecardTab(scores.cards, scores.ladder, locale, appraisal.scorecardStatus),
    payoutsTab(pay.statements, pay.teams, locale),
    layoutTab(
      leaderboard,
      { reps: repLeaderboardRows(scores.cards), ...campaign.leaderboardSections },
      locale,
    ),
    funnelTab(funnel.result, locale),
    campaign.channelGapsTab,
    alertsTab(alerts, names, locale),
    claims.claimsTab,
    insights.tab,
    issuesTab(issues, locale, tabTitler(locale)),
    leadershipTab(leadershipSummary(results), locale),
  ];
  return { results, issues, issueCount: all.length, tabs, close: pay.close };
}
