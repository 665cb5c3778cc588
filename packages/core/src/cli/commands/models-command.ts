import { modelCatalog } from '../../models/model-catalog.js';
import { type CliIo, exitCodes } from '../cli-io.js';
import { formatTable } from '../format-table.js';
import { parseCommandLine } from '../parse-command-line.js';

export const modelsUsage = 'tuneline models [--json]';

const price = (value: number | undefined | null) =>
  value === undefined || value === null ? '-' : `$${value.toFixed(2)}`;

/** `tuneline models`: the fine-tunable models with their limits and prices, and where each figure comes from. */
export async function modelsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandLine(
    args,
    { json: { type: 'boolean', default: false } },
    modelsUsage,
  );
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ version: 1, models: modelCatalog }, null, 2)}\n`);
    return exitCodes.ok;
  }
  const rows = modelCatalog.map((model) => [
    model.id,
    model.methods.join(', '),
    model.encoding,
    String(model.trainingExampleTokenLimit),
    model.prices.trainingPerMillionTokens === null
      ? `$${model.prices.trainingPerHour}/h`
      : price(model.prices.trainingPerMillionTokens),
    price(model.prices.inference.input),
    price(model.prices.inference.output),
    model.prices.source.checked,
  ]);
  const sources = [...new Set(modelCatalog.map((model) => model.prices.source.url))];
  io.stdout.write(
    formatTable(
      [
        'model',
        'methods',
        'encoding',
        'example limit',
        'training /1M',
        'input /1M',
        'output /1M',
        'prices as of',
      ],
      rows,
    ),
  );
  io.stdout.write(
    `\nPrices in USD; input/output are the tuned model's inference prices; "prices as of" is the date each price was read from its source:\n${sources.map((url) => `  ${url}`).join('\n')}\nEvery figure's source and date (limits too): npx tuneline models --json.\n`,
  );
  return exitCodes.ok;
}
