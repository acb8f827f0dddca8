/**
 * The folder of pages a held-out article bench reads (`--dir=`, relative to where npm was run),
 * or exit 2 saying what is wrong and how to get the pages. Those pages come from npm packages
 * unpacked outside this repo, so each bench says where to find them.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DataDirSpec {
  /** The npm script's name, for the messages. */
  bench: string;
  /** What the folder holds, for "needs --dir=<folder of …>". */
  holds: string;
  /** How to get the pages. */
  howToGet: string;
  /** Why a folder is not the right one ("no … in DIR"), or null when it is. */
  problem: (dir: string) => string | null;
}

export function dataDirArg(spec: DataDirSpec): string {
  const arg = process.argv.find((a) => a.startsWith('--dir='))?.slice(6);
  const fail = (why: string): never => {
    console.error(`${spec.bench}: ${why}; ${spec.howToGet}`);
    process.exit(2);
  };
  if (!arg) return fail(`needs --dir=<folder of ${spec.holds}>`);
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), arg);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return fail(`no folder ${dir}`);
  const problem = spec.problem(dir);
  return problem ? fail(problem) : dir;
}
