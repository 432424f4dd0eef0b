/**
 * A large workbook for the benchmark, grown from the demo organisation: its teams of ten copied
 * until the roster has the asked number of reps, and the last year of their activity log sampled
 * (or repeated) until it has about the asked number of rows. Ids that must stay unique (reps,
 * customers, deal refs, row ids, resources, pools) get the copy's suffix, so every copy is a
 * consistent organisation of its own; deal splits are kept or dropped whole.
 */
import { inputTabs } from '../sheets-templates/index.js';
import { DEMO_AS_OF, demoOrganisation } from '../functions/src/demo/organisation.js';
import {
  defaultRows,
  type TemplateRow,
  type TemplateRows,
  type TemplateValue,
} from '../functions/src/template/template.js';

export const AS_OF = DEMO_AS_OF;
/** Settings `leadership_emails` of every bench workbook. */
export const LEADERSHIP_EMAILS = 'leadership@example.com';
/** The activity kept: one year up to the as-of day. */
const FROM = '2025-05-16';
const TEAM_SIZE = 10;
const ID_FIELDS = ['rep_id', 'manager_id', 'mentor_id'];
const SUFFIXED = ['customer_id', 'ref', 'id', 'resource', 'pool', 'team', 'email'];

/** A small deterministic hash in [0, 1). */
function unit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

type Row = Record<string, TemplateValue>;

/** Whether a dated row falls in the year of periods the benchmark keeps. */
function inYear(row: TemplateRow): boolean {
  if (typeof row.date === 'string' && row.date < FROM) return false;
  // Months and quarters from the first month kept compare after it; the year 2025 does not, 2026 does.
  return !(typeof row.period === 'string' && row.period < FROM.slice(0, 7));
}

function renamed(row: TemplateRow, copy: number, repeat = 0): Row {
  const out: Row = { ...row };
  for (const f of ID_FIELDS) if (typeof out[f] === 'string') out[f] = `${out[f]}-${copy}`;
  for (const f of SUFFIXED)
    if (typeof out[f] === 'string' && out[f] !== '')
      out[f] = f === 'email' ? `${copy}.${out[f]}` : `${out[f]}-${copy}${repeat ? `r${repeat}` : ''}`;
  if (typeof out.name === 'string' && 'rep_id' in row && 'team' in row) out.name = `${out.name} ${copy}`;
  return out;
}

export interface BenchWorkbook {
  rows: TemplateRows;
  reps: number;
  activityRows: number;
}

/** A workbook of `reps` reps (a multiple of ten) and about `activityRows` activity rows. */
export function benchWorkbook(reps: number, activityRows: number): BenchWorkbook {
  const demo = demoOrganisation('en');
  const roster = demo.Reps ?? [];
  // Teams of exactly ten (managers included): copying whole teams keeps managers and mentors in reach.
  const teams = [...new Set(roster.map((r) => String(r.team)))].filter(
    (t) => roster.filter((r) => r.team === t).length === TEAM_SIZE,
  );
  const copies = reps / TEAM_SIZE;
  const teamOf = new Map(roster.map((r) => [String(r.rep_id), String(r.team)]));
  const activity = (demo.Activity ?? []).filter((a) => String(a.date) >= FROM);
  // A deal split across teams would lose a side: its rows go.
  const refTeams = new Map<string, Set<string>>();
  for (const a of activity)
    if (a.ref)
      (refTeams.get(String(a.ref)) ?? refTeams.set(String(a.ref), new Set()).get(String(a.ref)))?.add(
        teamOf.get(String(a.rep_id)) ?? '',
      );
  const usable = activity.filter((a) => !a.ref || refTeams.get(String(a.ref))?.size === 1);
  const perTeam = new Map<string, TemplateRow[]>();
  for (const a of usable) {
    const team = teamOf.get(String(a.rep_id)) ?? '';
    (perTeam.get(team) ?? perTeam.set(team, []).get(team))?.push(a);
  }
  const sourceRows = teams.reduce((n, t) => n + (perTeam.get(t)?.length ?? 0), 0) / teams.length;
  const factor = activityRows / (copies * sourceRows);

  const byTeamCopy = (
    rows: readonly TemplateRow[] | undefined,
    team: (r: TemplateRow) => string | undefined,
  ) =>
    Array.from({ length: copies }, (_, c) =>
      (rows ?? []).filter((r) => inYear(r) && team(r) === teams[c % teams.length]).map((r) => renamed(r, c)),
    ).flat();
  const repTeam = (r: TemplateRow) => teamOf.get(String(r.rep_id));

  const out: Row[] = [];
  for (let c = 0; c < copies; c++) {
    const team = teams[c % teams.length] ?? '';
    for (const a of perTeam.get(team) ?? []) {
      // Rows of one deal or one customer stay together, so splits and follow-ups stay whole.
      const group = String(a.ref ?? a.customer_id ?? a.id);
      for (let repeat = 0; repeat < Math.ceil(factor); repeat++) {
        if (unit(`${group}/${c}/${repeat}`) < factor - repeat) out.push(renamed(a, c, repeat));
      }
    }
  }
  const channelTargets = (demo.Targets ?? []).filter((t) => !t.rep_id && inYear(t));
  const rows: TemplateRows = {
    ...demo,
    // The leadership copy is shared, as a company of this size would have it: the cloud runs write it.
    Settings: [
      ...(demo.Settings ?? defaultRows('en').Settings ?? []).filter((r) => r.key !== 'leadership_emails'),
      { key: 'leadership_emails', value: LEADERSHIP_EMAILS },
    ],
    Reps: byTeamCopy(demo.Reps, repTeam),
    Targets: [...byTeamCopy(demo.Targets, repTeam), ...channelTargets],
    Activity: out,
    Reviews: byTeamCopy(demo.Reviews, repTeam),
    Adjustments: byTeamCopy(demo.Adjustments, repTeam),
    Pools: byTeamCopy(demo.Pools, repTeam),
    Claims: byTeamCopy(demo.Claims, repTeam),
    Appraisals: byTeamCopy(demo.Appraisals, repTeam),
    Periods: (demo.Periods ?? []).filter(inYear),
    Inquiries: byTeamCopy(demo.Inquiries, repTeam),
  };
  return { rows, reps, activityRows: out.length };
}

const DAY_MS = 86_400_000;

/** A day or date-time text as the serial number Sheets keeps. */
function serial(value: string): number | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/.exec(value);
  if (!m) return value;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return ms / DAY_MS + 25_569;
}

/** Every input tab as the value grid a Sheets tab holds: English headers, days as serials. */
export function sheetGrids(rows: TemplateRows): { title: string; values: (string | number | boolean)[][] }[] {
  const all = { ...defaultRows('en'), ...rows };
  return inputTabs.map((tab) => ({
    title: tab.id,
    values: [
      tab.columns.map((c) => c.id),
      ...(all[tab.id] ?? []).map((row) =>
        tab.columns.map((c) => {
          const v = row[c.id];
          if (v === undefined || v === null) return '';
          return (c.type === 'date' || c.type === 'datetime') && typeof v === 'string' ? serial(v) : v;
        }),
      ),
    ],
  }));
}
