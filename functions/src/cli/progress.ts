/** A progress display on stderr for interactive runs; silent when stderr is not a terminal. */
import cliProgress from 'cli-progress';
import type { RecalculateOptions } from '../recalculate.js';

type Step = Parameters<NonNullable<RecalculateOptions['onStep']>>[0];

const STEPS: readonly Step[] = ['read', 'check', 'compute', 'write', 'record'];
const LABELS: Readonly<Record<Step, string>> = {
  read: 'reading the workbook',
  check: 'checking inputs',
  compute: 'computing results',
  write: 'writing output tabs',
  record: 'recording the run',
};

export interface Progress {
  onStep: (step: Step) => void;
  stop: () => void;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { onStep: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream, format: ' {bar} {percentage}% | {step}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(STEPS.length, 0, { step: 'starting' });
  return {
    onStep: (step) => bar.update(STEPS.indexOf(step), { step: LABELS[step] }),
    stop: () => {
      bar.update(STEPS.length, { step: 'done' });
      bar.stop();
    },
  };
}
