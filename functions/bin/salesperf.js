#!/usr/bin/env node
// The command-line entry: the compiled CLI lives in lib/ (npm run build).
import { main } from '../lib/functions/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
