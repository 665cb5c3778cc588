// Preloaded with `node --import` into a command the benchmark measures but does not own (the
// `tuneline validate` CLI): on exit, it writes the process's peak RSS where the benchmark asked.
import { writeFileSync } from 'node:fs';

const target = process.env.TUNELINE_BENCH_USAGE_FILE;
if (target !== undefined && target !== '') {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      target,
      JSON.stringify({
        maxRssBytes: usage.maxRSS * 1024,
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      }),
    );
  });
}
