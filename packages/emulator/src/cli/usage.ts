/** The command line's help text. */
export const usage = `Usage: npx tuneline-emulator [options]

Runs a local OpenAI-compatible fine-tuning API.

Options:
  --port <n>                    Port to listen on (default 4010; 0 picks a free one)
  --host <address>              Interface to listen on (default 127.0.0.1)
  --speed <x>                   Run jobs x times faster than the default timings (default 1: ~9 s per demo job)
  --api-key <key>               Key clients must send (default sk-tuneline-emulator)
  --data-dir <dir>              Keep files and jobs in <dir> across restarts (default: memory only)
  --jobs-per-day <n>            Answer 429 beyond n job creations per emulated day
  --active-jobs-per-model <n>   Answer 429 beyond n unfinished jobs per base model
  --webhook-url <url>           POST signed fine_tuning.job.* webhooks to <url>
  --webhook-secret <whsec_…>    Signing secret (default $OPENAI_WEBHOOK_SECRET)
  --faults <json>               Injected faults, e.g. '{"seed":1,"routes":{"*":{"serverError":0.1}}}'
  --quiet                       Do not log requests
  --help                        Show this help
`;
