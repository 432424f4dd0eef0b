/**
 * The environment the functions are deployed with: every `NAME=value` line of `functions/runtime.env`,
 * in the file's order (scripts/deploy.sh sets each line as a variable; the benchmark runs the engine
 * with them). `root` is the project's folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function deployedEnvironment(root: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path.join(root, 'functions', 'runtime.env'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}
