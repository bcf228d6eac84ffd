/** The command-line tool. PLACEHOLDER (issue 3): prints the analysis of each file as JSON. */
import { readFileSync } from 'node:fs';
import { analyze } from './core';

for (const file of process.argv.slice(2).filter(a => !a.startsWith('--'))) {
  console.log(JSON.stringify(analyze(readFileSync(file, 'utf8'))));
}
