/**
 * `salesperf`: the command line. Exit status: 0 the run completed (with or without data issues),
 * 1 a rule table stopped it, 2 a usage error, 3 the workbook could not be read or written.
 */
import { access, constants, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { dayOf, type Day } from '../domain/days.js';
import { DEMO_AS_OF, demoOrganisation } from '../demo/organisation.js';
import { recalculate, type RunReport } from '../recalculate.js';
import { LocalRunStore, storeFolderOf } from '../store/local-store.js';
import { writeTemplate } from '../template/template.js';
import { ingest } from '../workbook/ingest.js';
import { RuleTableError } from '../workbook/issues.js';
import type { Locale } from '../workbook/messages.js';
import { openWorkbook, WorkbookPathError } from '../workbook/open.js';
import { progress } from './progress.js';
import { issuesSummary, runSummary } from './summary.js';

export const EXIT = { ok: 0, stopped: 1, usage: 2, io: 3 } as const;

class UsageError extends Error {}

function parseDay(value: string): Day {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value.trim());
  const day = m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (!day) throw new InvalidArgumentError('expected a calendar day such as 2026-05-15.');
  return day;
}

function parseLocale(value: string): Locale {
  if (value === 'zh-CN' || value === 'en') return value;
  throw new InvalidArgumentError('expected zh-CN or en.');
}

/**
 * Whether outputs may be written beside the workbook (the file or folder, and the folder the rename
 * happens in). A file or folder whose mode says read-only is left alone even when the user could
 * override it (root can write anywhere; a read-only workbook should still not be touched).
 */
async function writable(location: string): Promise<boolean> {
  const info = await stat(location);
  const targets = info.isDirectory() ? [location] : [location, path.dirname(path.resolve(location))];
  try {
    for (const target of targets) {
      await access(target, constants.W_OK);
      if (((await stat(target)).mode & 0o222) === 0) return false;
    }
    return true;
  } catch {
    return false;
  }
}

async function runRecalc(
  location: string,
  options: { asOf?: Day; json?: boolean; write?: boolean },
  out: Output,
): Promise<RunReport> {
  const workbook = await openWorkbook(location);
  let write = options.write ?? true;
  if (write && !(await writable(location))) {
    out.err(`${location} is read-only: results are computed and printed, output tabs are not written.`);
    write = false;
  }
  const bar = progress();
  try {
    return await recalculate(workbook, {
      ...(options.asOf ? { asOf: options.asOf } : {}),
      ...(write ? { store: new LocalRunStore(storeFolderOf(location)) } : {}),
      write,
      onStep: bar.onStep,
    });
  } finally {
    bar.stop();
  }
}

interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const consoleOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

function program(io: Output): Command {
  const cli = new Command('salesperf')
    .description(
      'Sales performance engine for Google Sheets: recalculates a workbook of targets, activity and pay rules.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError();

  cli
    .command('init')
    .description('Write a new workbook from the template: an .xlsx file, or a folder of CSV files.')
    .requiredOption('--out <path>', 'where to write it (name.xlsx, or a folder for CSV files)')
    .option('--locale <locale>', 'language of tab and column names: zh-CN or en', parseLocale, 'zh-CN')
    .option(
      '--demo',
      'fill it with the demo organisation (4 teams, 40 reps, 8 channels, a quarter of activity)',
    )
    .option('--force', 'overwrite an existing workbook')
    .action(async (opts: { out: string; locale: Locale; demo?: boolean; force?: boolean }) => {
      if (!opts.force && (await stat(opts.out).catch(() => undefined))) {
        throw new UsageError(`${opts.out} already exists; use --force to overwrite it.`);
      }
      await writeTemplate(opts.out, opts.locale, opts.demo ? demoOrganisation(opts.locale) : {});
      io.err(`Wrote ${opts.demo ? 'the demo workbook' : 'a new workbook'} to ${opts.out}.`);
    });

  cli
    .command('validate')
    .description('Read a workbook and list its data issues without computing or writing anything.')
    .requiredOption('--workbook <path>', 'the .xlsx file or CSV folder')
    .option('--json', 'print the issues as JSON')
    .action(async (opts: { workbook: string; json?: boolean }) => {
      const workbook = await openWorkbook(opts.workbook);
      const ingested = ingest(await workbook.read());
      const locale = ingested.inputs.settings.locale;
      if (opts.json) {
        const { issueJson } = await import('../run/results.js');
        io.out(
          JSON.stringify(
            { counts: ingested.counts, data_issues: ingested.issues.map((i) => issueJson(i, locale)) },
            null,
            2,
          ),
        );
      } else {
        io.out(
          `Rows read ${ingested.counts.read}, used ${ingested.counts.used}, skipped ${ingested.counts.skipped}.`,
        );
        io.out(issuesSummary(ingested.issues, locale));
      }
      if (ingested.stops.length > 0) {
        io.err(
          'A rule table cannot work: a recalculation would stop. Fix the cells listed as "stopped_run".',
        );
        process.exitCode = EXIT.stopped;
      }
    });

  cli
    .command('recalc')
    .description('Recalculate a workbook and write its output tabs.')
    .requiredOption('--workbook <path>', 'the .xlsx file or CSV folder')
    .option('--as-of <day>', 'compute as of this day (default: today in the workbook’s time zone)', parseDay)
    .option('--json', 'print the results as one JSON object on stdout')
    .option('--no-write', 'compute and print only; leave the workbook as it is')
    .action(async (opts: { workbook: string; asOf?: Day; json?: boolean; write: boolean }) => {
      const report = await runRecalc(opts.workbook, opts, io);
      if (opts.json) io.out(JSON.stringify(report.results, null, 2));
      else io.out(runSummary(report, opts.workbook));
    });

  cli
    .command('report')
    .description(
      'Write the leadership report: one self-contained HTML page with the roll-ups and charts, readable offline.',
    )
    .requiredOption('--workbook <path>', 'the .xlsx file or CSV folder')
    .requiredOption('--out <path>', 'the HTML file to write')
    .option('--as-of <day>', 'compute as of this day (default: today in the workbook’s time zone)', parseDay)
    .action(async (opts: { workbook: string; out: string; asOf?: Day }) => {
      const report = await recalculate(await openWorkbook(opts.workbook), {
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
        write: false,
      });
      const { resultsReport } = await import('../report/html-report.js');
      await writeFile(opts.out, resultsReport(report.results, report.locale, path.basename(opts.workbook)));
      io.err(`Wrote the leadership report to ${opts.out}.`);
    });

  cli
    .command('demo')
    .description('Write the demo workbook, recalculate it and print a summary.')
    .option('--out <path>', 'where to write the demo workbook', 'demo/workbook.xlsx')
    .option('--locale <locale>', 'zh-CN or en', parseLocale, 'zh-CN')
    .option('--as-of <day>', 'compute as of this day', parseDay, DEMO_AS_OF)
    .action(async (opts: { out: string; locale: Locale; asOf: Day }) => {
      await writeTemplate(opts.out, opts.locale, demoOrganisation(opts.locale));
      io.err(`Wrote the demo workbook to ${opts.out}; recalculating as of ${opts.asOf}.`);
      const report = await runRecalc(opts.out, { asOf: opts.asOf }, io);
      io.out(runSummary(report, opts.out));
      io.out(`Open ${opts.out} to see the output tabs.`);
    });

  return cli;
}

/** Runs the CLI with `args` (without `node` and the script) and returns the exit status. */
export async function main(args: readonly string[], io: Output = consoleOutput): Promise<number> {
  process.exitCode = undefined;
  try {
    await program(io).parseAsync([...args], { from: 'user' });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof WorkbookPathError) {
      io.err(`salesperf: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof RuleTableError) {
      io.err(`salesperf: the run stopped, nothing was written. ${error.message}`);
      return EXIT.stopped;
    }
    io.err(`salesperf: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.io;
  } finally {
    process.exitCode = undefined;
  }
}
