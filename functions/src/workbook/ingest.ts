/**
 * From the tabs of a workbook to the engine's inputs: every input tab read and checked, each unusable
 * cell a Data Issue, rule tables that cannot work collected as the reasons to stop the run.
 */
import { createHash } from 'node:crypto';
import type { TabSpec } from '../../../sheets-templates/define.js';
import * as tabs from '../../../sheets-templates/index.js';
import { cellText } from './cells.js';
import type { DataIssue } from './issues.js';
import { readKeyValues, settingsOf, type KeyValues, type Settings } from './key-values.js';
import { matchTab } from './names.js';
import type { RawCell, RawTab } from './port.js';
import { readTab, type ReadTab, type RowOf } from './read-tab.js';
import { checkReferences } from './references.js';
import { checkGrades, checkKpis, checkPlans, defaultGradeRows, defaultKpiRows } from './rule-tables.js';
import { Table } from './table.js';

const RULE_TABS: ReadonlySet<string> = new Set([tabs.kpis.id, tabs.grades.id, tabs.commissionPlans.id]);

export type RepRow = RowOf<typeof tabs.reps>;
export type TargetRow = RowOf<typeof tabs.targets>;
export type ActivityRow = RowOf<typeof tabs.activity>;
export type ReviewRow = RowOf<typeof tabs.reviews>;
export type RewardRow = RowOf<typeof tabs.rewards>;
export type PhaseRow = RowOf<typeof tabs.phases>;
export type ChannelRow = RowOf<typeof tabs.channels>;

/** Every input of a run, checked; rows keep their sheet row numbers for statements and messages. */
export interface Inputs {
  settings: Settings;
  kpis: RowOf<typeof tabs.kpis>[];
  grades: RowOf<typeof tabs.grades>[];
  reps: RepRow[];
  targets: TargetRow[];
  activity: ActivityRow[];
  reviews: ReviewRow[];
  plans: RowOf<typeof tabs.commissionPlans>[];
  rewards: RewardRow[];
  adjustments: RowOf<typeof tabs.adjustments>[];
  pools: RowOf<typeof tabs.pools>[];
  /** Campaign keys read, when the workbook has a Campaign tab. */
  campaign?: KeyValues;
  phases: PhaseRow[];
  channels: ChannelRow[];
  claims: RowOf<typeof tabs.claims>[];
  periods: RowOf<typeof tabs.periods>[];
  holidays: RowOf<typeof tabs.holidays>[];
  workdays: RowOf<typeof tabs.workdays>[];
  appraisals: RowOf<typeof tabs.appraisals>[];
  inquiries: RowOf<typeof tabs.inquiries>[];
  goals: RowOf<typeof tabs.goals>[];
  channelCosts: RowOf<typeof tabs.channelCosts>[];
  /** English ids of the input tabs the workbook has. */
  present: ReadonlySet<string>;
}

export interface TabCount {
  read: number;
  used: number;
  skipped: number;
}

export interface Ingested {
  inputs: Inputs;
  issues: DataIssue[];
  /** Issues that stop the run: a rule table that cannot work. */
  stops: DataIssue[];
  counts: TabCount;
  tabCounts: Record<string, TabCount>;
  /** Content hash of each input tab, and of all of them. */
  tabHashes: Record<string, string>;
  inputHash: string;
}

/** A cell's text in the hash; the common kinds first, as a log has a million rows of them. */
function hashText(c: RawCell | undefined): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  return c instanceof Date ? c.toISOString() : cellText(c);
}

/**
 * A stable text of a tab's cells, for its content hash: cells joined by U+001F, rows ended by U+001E.
 * The text goes to the hash in chunks of many rows, as one update per row costs more than the hashing.
 */
function tabHash(raw: RawTab): string {
  const hash = createHash('sha256');
  let chunk = '';
  for (const row of raw.rows) {
    if (row.length > 0) chunk += hashText(row[0]);
    for (let i = 1; i < row.length; i++) chunk += '\u001f' + hashText(row[i]);
    chunk += '\u001e';
    if (chunk.length > 65_536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  hash.update(chunk);
  return hash.digest('hex');
}

/**
 * The duplicate key of a row of a keyed tab, ignoring case. One column (the Activity log's id) is its
 * own key; several are joined without ambiguity. Undefined when every key cell is empty.
 */
function keyOf(key: readonly string[]): (row: object) => string | undefined {
  if (key.length === 1) {
    const column = key[0]!;
    return (row) => {
      const value = (row as Record<string, unknown>)[column];
      return value === undefined ? undefined : String(value).toLowerCase();
    };
  }
  return (row) => {
    const values: (string | null)[] = [];
    let any = false;
    for (const k of key) {
      const value = (row as Record<string, unknown>)[k];
      if (value !== undefined) any = true;
      values.push(value === undefined ? null : String(value).toLowerCase());
    }
    return any ? JSON.stringify(values) : undefined;
  };
}

/** A workbook's input tabs matched to their declarations and hashed, before any is read. */
export interface MatchedTabs {
  /** By tab id: the first tab of each id. */
  readonly found: ReadonlyMap<string, RawTab>;
  /** Tabs that are no input, or a second of an id. */
  readonly issues: readonly DataIssue[];
  /** Content hash of each input tab found. */
  readonly tabHashes: Readonly<Record<string, string>>;
}

/** Finds a workbook's input tabs by their titles and hashes each. */
export function matchTabs(rawTabs: readonly RawTab[]): MatchedTabs {
  const issues: DataIssue[] = [];
  const found = new Map<string, RawTab>();
  for (const raw of rawTabs) {
    const match = matchTab(raw.title);
    if (match.kind === 'unknown') {
      issues.push({
        tab: raw.title,
        row: null,
        column: null,
        value: raw.title,
        code: 'unknown_tab',
        action: 'ignored_tab',
      });
    } else if (match.kind === 'input') {
      if (found.has(match.spec.id)) {
        issues.push({
          tab: match.spec.id,
          row: null,
          column: null,
          value: raw.title,
          code: 'duplicate_tab',
          action: 'ignored_tab',
        });
      } else found.set(match.spec.id, raw);
    }
  }
  const tabHashes: Record<string, string> = {};
  for (const [id, raw] of found) tabHashes[id] = tabHash(raw);
  return { found, issues, tabHashes };
}

export interface IngestOptions {
  /**
   * Let each tab's rows go as they are read (each row is left empty): the caller has no further use
   * for the cells, and a large log's cells and its checked rows are then not all held at once.
   */
  readonly consume?: boolean;
}

/** Reads and checks every input tab of a workbook (raw, or already matched by `matchTabs`). */
export function ingest(tabsRead: readonly RawTab[] | MatchedTabs, options: IngestOptions = {}): Ingested {
  const matched = Array.isArray(tabsRead) ? matchTabs(tabsRead) : (tabsRead as MatchedTabs);
  const { found, tabHashes } = matched;
  const issues: DataIssue[] = [...matched.issues];

  const reads = new Map<string, ReadTab<TabSpec>>();
  function read<S extends TabSpec>(spec: S): ReadTab<S> | undefined {
    const raw = found.get(spec.id);
    if (!raw) return undefined;
    const result = readTab(spec, raw, options.consume);
    // A loop, not a spread: a log with a bad cell on every row has more issues than a call takes arguments.
    for (const issue of result.issues) issues.push(issue);
    reads.set(spec.id, result as unknown as ReadTab<TabSpec>);
    return result;
  }
  function table<S extends TabSpec>(spec: S): Table<RowOf<S>> {
    const result = read(spec);
    const t = new Table<RowOf<S>>(spec.id, result?.rows ?? [], issues);
    if (spec.key) {
      const key = spec.key;
      t.dropDuplicates(keyOf(key), (r) =>
        key.map((k) => `${k} ${String((r as Record<string, unknown>)[k] ?? '—')}`).join(', '),
      );
    }
    return t;
  }

  const settingsTable = table(tabs.settings);
  const settingsRead = found.has(tabs.settings.id)
    ? readKeyValues(tabs.settings.id, tabs.settingKeys, settingsTable.rows)
    : undefined;
  if (settingsRead) issues.push(...settingsRead.issues);
  const campaignTable = table(tabs.campaign);
  const campaign = found.has(tabs.campaign.id)
    ? readKeyValues(tabs.campaign.id, tabs.campaignKeys, campaignTable.rows)
    : undefined;
  if (campaign) issues.push(...campaign.issues);

  const kpis = table(tabs.kpis);
  const grades = table(tabs.grades);
  const plans = table(tabs.commissionPlans);
  const kpiRead = reads.get(tabs.kpis.id) as ReadTab<typeof tabs.kpis> | undefined;
  const gradeRead = reads.get(tabs.grades.id) as ReadTab<typeof tabs.grades> | undefined;
  const planRead = reads.get(tabs.commissionPlans.id) as ReadTab<typeof tabs.commissionPlans> | undefined;
  const ruleStops = [
    ...(kpiRead?.usable ? checkKpis({ ...kpiRead, rows: [...kpis.rows] }) : []),
    ...(gradeRead?.usable ? checkGrades({ ...gradeRead, rows: [...grades.rows] }) : []),
    ...(planRead?.usable ? checkPlans({ ...planRead, rows: [...plans.rows] }) : []),
  ];
  issues.push(...ruleStops);

  const checked = checkReferences(
    {
      reps: table(tabs.reps),
      targets: table(tabs.targets),
      activity: table(tabs.activity),
      reviews: table(tabs.reviews),
      rewards: table(tabs.rewards),
      adjustments: table(tabs.adjustments),
      pools: table(tabs.pools),
      phases: table(tabs.phases),
      channels: table(tabs.channels),
      claims: table(tabs.claims),
      periods: table(tabs.periods),
      plans,
      holidays: table(tabs.holidays),
      workdays: table(tabs.workdays),
      appraisals: table(tabs.appraisals),
      inquiries: table(tabs.inquiries),
      goals: table(tabs.goals),
      channelCosts: table(tabs.channelCosts),
    },
    found,
  );
  // Duplicated rule-table keys stop the run like any other bad cell of a rule table.
  for (const issue of issues) {
    if (issue.code === 'duplicate_key' && RULE_TABS.has(issue.tab)) {
      issue.action = 'stopped_run';
    }
  }

  const inputs: Inputs = {
    settings: settingsOf(settingsRead),
    kpis: found.has(tabs.kpis.id) ? [...kpis.rows] : defaultKpiRows(),
    grades: found.has(tabs.grades.id) ? [...grades.rows] : defaultGradeRows(),
    plans: [...plans.rows],
    ...(campaign ? { campaign } : {}),
    ...checked,
    present: new Set(found.keys()),
  };

  const used: Record<string, number> = {
    [tabs.settings.id]: settingsRead?.used ?? 0,
    [tabs.campaign.id]: campaign?.used ?? 0,
    [tabs.kpis.id]: inputs.kpis.length,
    [tabs.grades.id]: inputs.grades.length,
    [tabs.commissionPlans.id]: inputs.plans.length,
    [tabs.reps.id]: inputs.reps.length,
    [tabs.targets.id]: inputs.targets.length,
    [tabs.activity.id]: inputs.activity.length,
    [tabs.reviews.id]: inputs.reviews.length,
    [tabs.rewards.id]: inputs.rewards.length,
    [tabs.adjustments.id]: inputs.adjustments.length,
    [tabs.pools.id]: inputs.pools.length,
    [tabs.phases.id]: inputs.phases.length,
    [tabs.channels.id]: inputs.channels.length,
    [tabs.claims.id]: inputs.claims.length,
    [tabs.periods.id]: inputs.periods.length,
    [tabs.holidays.id]: inputs.holidays.length,
    [tabs.workdays.id]: inputs.workdays.length,
    [tabs.appraisals.id]: inputs.appraisals.length,
    [tabs.inquiries.id]: inputs.inquiries.length,
    [tabs.goals.id]: inputs.goals.length,
    [tabs.channelCosts.id]: inputs.channelCosts.length,
  };
  const tabCounts: Record<string, TabCount> = {};
  const counts: TabCount = { read: 0, used: 0, skipped: 0 };
  for (const id of found.keys()) {
    const readRows = reads.get(id)?.read ?? 0;
    const usedRows = used[id] ?? 0;
    tabCounts[id] = { read: readRows, used: usedRows, skipped: readRows - usedRows };
    counts.read += readRows;
    counts.used += usedRows;
    counts.skipped += readRows - usedRows;
  }
  const all = createHash('sha256');
  for (const id of Object.keys(tabHashes).sort()) all.update(`${id}:${tabHashes[id]}\n`);

  const stops = issues.filter((i) => i.action === 'stopped_run');
  return {
    inputs,
    issues,
    stops,
    counts,
    tabCounts,
    tabHashes,
    inputHash: all.digest('hex'),
  };
}
