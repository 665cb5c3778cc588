// The fake Slack Web API lives in src/testing so the benchmark and other packages can use it
// (`@tuneline/slack-bot/test`); this path is kept for tests that import it from here.
export * from '../src/testing/index.js';
