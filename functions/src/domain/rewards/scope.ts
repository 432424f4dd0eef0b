/**
 * Which activity rows a rule counts (SPEC sections 5 and 13): rows of its trigger type dated on or
 * before as_of, inside its phase when it names one, and of its channel when it names one: the row's
 * channel, else the rep's.
 *
 * @example
 * // Rule "agency stores of resale_agency": a row of type agency_store by a resale_agency rep with no
 * // channel of its own counts; a visit row, or a row dated after as_of, does not.
 */
import { IdNumbers } from '../leads/customer-numbers.js';
import { memo } from '../memo.js';
import { idKey, rowChannel, sameId, type ActivityFields, type PhaseSpan, type RepFields } from './records.js';
import type { RewardContext, RewardRule } from './types.js';

/**
 * The rows a rule counts, and how to find a row's rep. The rows are the log's own, with no object made
 * per row: a rule may count a quarter of a million of them, and most lines need a row's rep only once
 * per rep and window.
 */
export interface RuleRows {
  readonly rows: readonly ActivityFields[];
  /** The rep of a rep id, each spelling looked up once. */
  readonly repOf: (repId: string) => RepFields | undefined;
}

/** The phase a rule is limited to: undefined for none, null when it names no known phase. */
export function rulePhase(rule: RewardRule, phases: readonly PhaseSpan[]): PhaseSpan | undefined | null {
  if (rule.phase === undefined) return undefined;
  return phases.find((p) => sameId(p.phase, rule.phase)) ?? null;
}

/**
 * Each log's rows numbered by their type as ids are (`IdNumbers`), built once: one lookup a row. The
 * rows of a type are gathered only when a rule asks for it, so the many types no rule counts (calls,
 * leads, collections, …) are never copied into lists.
 */
interface TypeIndex {
  readonly types: IdNumbers;
  /** By row position: the number of its type. */
  readonly typeOf: Int32Array;
  /** By type number: its rows in log order, once asked for. */
  readonly rows: (readonly ActivityFields[] | undefined)[];
}

const typeIndexes = new WeakMap<readonly ActivityFields[], TypeIndex>();

function typeIndex(activity: readonly ActivityFields[]): TypeIndex {
  let index = typeIndexes.get(activity);
  if (!index) {
    const types = new IdNumbers();
    const typeOf = new Int32Array(activity.length);
    for (let at = 0; at < activity.length; at++) typeOf[at] = types.add(activity[at]!.type);
    typeIndexes.set(activity, (index = { types, typeOf, rows: [] }));
  }
  return index;
}

const NONE: readonly ActivityFields[] = [];

/** The rows of a log whose type is `type` (compared as ids are), in log order. */
function rowsOfType(activity: readonly ActivityFields[], type: string): readonly ActivityFields[] {
  const index = typeIndex(activity);
  const n = index.types.find(type);
  if (n === undefined) return NONE;
  let rows = index.rows[n];
  if (!rows) {
    const list: ActivityFields[] = [];
    const typeOf = index.typeOf;
    for (let at = 0; at < typeOf.length; at++) if (typeOf[at] === n) list.push(activity[at]!);
    index.rows[n] = rows = list;
  }
  return rows;
}

/** The rows a rule counts. */
export function ruleRows(rule: RewardRule, ctx: RewardContext): RuleRows {
  // The rep of each spelling of an id, found once: one lookup a row rather than a key and a lookup.
  const repOf = memo((repId: string) => ctx.reps.get(idKey(repId)));
  const phase = rulePhase(rule, ctx.phases);
  if (phase === null) return { rows: NONE, repOf };
  const rows = rowsOfType(ctx.activity, rule.trigger);
  // The rows counted so far, once a row has been left out; while none is, the type's own list stands
  // (a rule with no phase or channel counts every row of its type: no copy of them is made).
  let counted: ActivityFields[] | undefined;
  // The rule's channel keyed once; a row's channel is most often spelled just like it.
  const ruleChannel = rule.channel;
  const ruleChannelKey = ruleChannel === undefined ? undefined : idKey(ruleChannel);
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at]!;
    let counts = row.date <= ctx.asOf && (!phase || (row.date >= phase.start && row.date <= phase.end));
    if (counts && ruleChannel !== undefined) {
      const channel = rowChannel(row, repOf(row.rep_id));
      counts = channel === ruleChannel || (channel !== undefined && idKey(channel) === ruleChannelKey);
    }
    if (counted) {
      if (counts) counted.push(row);
    } else if (!counts) counted = rows.slice(0, at);
  }
  return { rows: counted ?? rows, repOf };
}
