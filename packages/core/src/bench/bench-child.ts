// Entry point of one measured pass in its own process, so each pass has its own peak RSS:
// `node bench-child.js <floor|naive|engine> <file> <encoding> [limitBytes]` prints a PassResult.

import type { TokenEncodingName } from '../tokens/token-encoding.js';
import { type PassName, runPass } from './run-pass.js';

const passes: readonly PassName[] = ['floor', 'naive', 'engine'];
const encodings: readonly TokenEncodingName[] = ['cl100k_base', 'o200k_base'];

const [pass, path, encoding, limit] = process.argv.slice(2);
if (
  !passes.includes(pass as PassName) ||
  path === undefined ||
  !encodings.includes(encoding as TokenEncodingName)
) {
  process.stderr.write(
    'usage: bench-child.js <floor|naive|engine> <file> <cl100k_base|o200k_base> [limitBytes]\n',
  );
  process.exit(2);
}
const result = await runPass({
  pass: pass as PassName,
  path,
  encoding: encoding as TokenEncodingName,
  ...(limit === undefined ? {} : { limitBytes: Number(limit) }),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
