/**
 * The command-line tool: `isnad PATH... [--json | --jsonl | --markdown | --csv | --summary]` (see
 * src/cli/args.ts for every option). The same script runs the worker threads of `--jobs N`.
 */
import { main } from './cli/main';
import { isCliWorker, runWorker } from './cli/worker';

if (isCliWorker()) runWorker();
else void main(process.argv.slice(2)).then(status => (process.exitCode = status));
