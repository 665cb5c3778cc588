import { readFile } from 'node:fs/promises';
import { tunelineMetadataKeys } from '@tuneline/core';
import { createAdjustableClock } from '@tuneline/testing';
import { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemoryLogger,
  startTestBot,
  type TestBot,
  trainTestModel,
  waitFor,
} from '../src/testing/index.js';

const wakannaiJsonl = new URL('../../../examples/datasets/wakannai.jsonl', import.meta.url);

interface Block {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { action_id?: string; value?: string; text?: string | { text: string } }[];
  accessory?: { action_id?: string; value?: string };
}

function blocksOf(body: Record<string, unknown>): Block[] {
  return (body.blocks ?? []) as Block[];
}

/** Everything a reader sees in a Block Kit message, in order. */
function visibleText(body: Record<string, unknown>): string {
  return blocksOf(body)
    .flatMap((block) => [
      block.text?.text ?? '',
      ...(block.fields ?? []).map((field) => field.text),
      ...(block.elements ?? []).map((element) =>
        typeof element.text === 'string' ? element.text : (element.text?.text ?? ''),
      ),
    ])
    .join('\n');
}

function buttons(body: Record<string, unknown>): { actionId: string; value: string }[] {
  return blocksOf(body).flatMap((block) => [
    ...(block.accessory?.action_id
      ? [{ actionId: block.accessory.action_id, value: block.accessory.value ?? '' }]
      : []),
    ...(block.elements ?? [])
      .filter((element) => element.action_id !== undefined)
      .map((element) => ({ actionId: element.action_id ?? '', value: element.value ?? '' })),
  ]);
}

describe('/finetune', () => {
  let harness: TestBot;
  const clock = createAdjustableClock(5000);
  const logger = createMemoryLogger();
  let done: { model: string; jobId: string };
  let runningJobId: string;

  beforeAll(async () => {
    harness = await startTestBot({
      emulator: { clock },
      env: { TUNELINE_SLACK_ADMINS: 'UADMIN', TUNELINE_SLACK_LOG_LEVEL: 'info' },
      dependencies: { logger },
    });
    done = await trainTestModel({
      openai: harness.openai,
      jsonl: await readFile(wakannaiJsonl, 'utf8'),
      suffix: 'wakannai',
    });
    const file = await harness.openai.files.create({
      file: await toFile(await readFile(wakannaiJsonl), 'cats.jsonl'),
      purpose: 'fine-tune',
    });
    const running = await harness.openai.fineTuning.jobs.create({
      model: 'gpt-4.1-mini-2025-04-14',
      training_file: file.id,
      metadata: {
        [tunelineMetadataKeys.datasetPath]: 'data/cats.jsonl',
        [tunelineMetadataKeys.datasetSha256]: 'a'.repeat(64),
        [tunelineMetadataKeys.requestKey]: 'request-key',
        [tunelineMetadataKeys.source]: 'action',
        [tunelineMetadataKeys.repository]: 'acme/cats',
        [tunelineMetadataKeys.pullRequest]: '42',
      },
    });
    runningJobId = running.id;
    // Let it start running, then nearly stop the clock so it stays running.
    for (;;) {
      const job = await harness.openai.fineTuning.jobs.retrieve(running.id);
      if (job.status === 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    clock.setSpeed(0.000_001);
  });
  afterAll(async () => {
    await harness?.close();
  });

  async function responseTo(text: string, options: { userId?: string } = {}) {
    const sent = await harness.command(text, options);
    expect(sent.status).toBe(200);
    // Slack needs the ack within 3 s; the bot acks before any OpenAI call.
    expect(sent.elapsedMs).toBeLessThan(3_000);
    return waitFor(
      () => harness.slack.responsePosts.find((post) => post.path === sent.responsePath),
      {
        what: `the answer to /finetune ${text}`,
      },
    );
  }

  it('status lists jobs running and done, with models, progress, tokens, cost, PR and buttons', async () => {
    const post = await responseTo('status');
    expect(post.body.response_type).toBe('ephemeral');
    const text = visibleText(post.body);
    const [header, running, succeeded] = blocksOf(post.body);
    expect(header?.type).toBe('header');
    expect(running?.text?.text).toMatch(
      new RegExp(
        `^:arrows_counterclockwise: \\*running\\* · \`${runningJobId}\` · just now\ngpt-4\\.1-mini-2025-04-14 → _not yet_\nstep \\d+ / \\d+`,
      ),
    );
    expect(running?.text?.text).toContain(
      'dataset `data/cats.jsonl` · <https://github.com/acme/cats/pull/42|PR #42>',
    );
    expect(succeeded?.text?.text).toMatch(
      new RegExp(
        `^:white_check_mark: \\*succeeded\\* · \`${done.jobId}\` · just now\ngpt-4o-mini-2024-07-18 → \`${done.model.replaceAll('.', '\\.')}\`\n[\\d,]+ trained tokens · \\$0\\.\\d+`,
      ),
    );
    expect(text).not.toContain('undefined');
    expect(buttons(post.body)).toEqual([
      { actionId: 'tuneline_job_details', value: runningJobId },
      { actionId: 'tuneline_job_details', value: done.jobId },
      { actionId: 'tuneline_status_refresh', value: 'status' },
      { actionId: 'tuneline_status_share', value: 'status' },
    ]);
    expect(String(post.body.text)).toContain(runningJobId);
  });

  it('Refresh replaces the message and Share to channel posts it for everyone', async () => {
    const refreshed = await harness.pressButton('tuneline_status_refresh', 'status');
    expect(refreshed.status).toBe(200);
    const replaced = await waitFor(() =>
      harness.slack.responsePosts.find((post) => post.path === refreshed.responsePath),
    );
    expect(replaced.body).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(visibleText(replaced.body)).toContain(runningJobId);

    const shared = await harness.pressButton('tuneline_status_share', 'status', { userId: 'UBOB' });
    const post = await waitFor(() =>
      harness.slack.responsePosts.find((item) => item.path === shared.responsePath),
    );
    expect(post.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(visibleText(post.body)).toContain('Shared by <@UBOB>');
    expect(buttons(post.body)).toEqual([]);
  });

  it('status <job-id> shows details: events, loss sparkline, checkpoints', async () => {
    const post = await responseTo(`status ${done.jobId}`);
    const text = visibleText(post.body);
    expect(blocksOf(post.body)[0]?.text?.text).toBe(done.jobId);
    expect(text).toContain('*Status*\n:white_check_mark: succeeded');
    expect(text).toContain(`*Fine-tuned model*\n\`${done.model}\``);
    expect(text).toMatch(/\*Training loss\* `[▁▂▃▄▅▆▇█]+` \d+\.\d+/);
    expect(text).toMatch(/\*Checkpoints\*\n• step \d+ · `ft:[^`]+:ckpt-step-\d+`/);
    expect(text).toContain('The job has successfully completed');
    expect(buttons(post.body).map((button) => button.actionId)).toEqual([
      'tuneline_job_details',
      'tuneline_status_refresh',
    ]);
  });

  it('details of a running job offer Cancel; an unknown id is said so', async () => {
    const running = await responseTo(`status ${runningJobId}`);
    expect(buttons(running.body).map((button) => button.actionId)).toContain(
      'tuneline_cancel_request',
    );
    const unknown = await responseTo('status ftjob-doesnotexist');
    expect(String(unknown.body.text)).toBe(
      'I can’t find a fine-tuning job `ftjob-doesnotexist` in this project. `/finetune status` lists the recent ones.',
    );
  });

  it('an unknown subcommand says which word it did not understand, then the help', async () => {
    const post = await responseTo('stats please');
    expect(String(post.body.text)).toMatch(/^I don’t know `stats`\. Here is what I can do:\n/);
    expect(String(post.body.text)).toContain('`/finetune cancel <job-id>`');
  });

  it('cancel is refused to non-admins, politely, and the attempt is logged with the user id', async () => {
    const post = await responseTo(`cancel ${runningJobId}`, { userId: 'UMALLORY' });
    expect(String(post.body.text)).toContain('only Tuneline admins can cancel');
    expect(
      logger.lines.some((line) =>
        line.includes(`Refused to cancel ${runningJobId} for user UMALLORY`),
      ),
    ).toBe(true);
    const pressed = await harness.pressButton('tuneline_cancel_confirm', runningJobId, {
      userId: 'UMALLORY',
    });
    await waitFor(() =>
      harness.slack.responsePosts.find((item) => item.path === pressed.responsePath),
    );
    const job = await harness.openai.fineTuning.jobs.retrieve(runningJobId);
    expect(job.status).toBe('running');
  });

  it('cancel by an admin asks for confirmation, then cancels the job', async () => {
    const post = await responseTo(`cancel ${runningJobId}`, { userId: 'UADMIN' });
    expect(String(post.body.text)).toMatch(
      new RegExp(`^Cancel \`${runningJobId}\` \\(running, gpt-4\\.1-mini-2025-04-14\\)\\?`),
    );
    expect(buttons(post.body)).toEqual([
      { actionId: 'tuneline_cancel_confirm', value: runningJobId },
      { actionId: 'tuneline_cancel_dismiss', value: runningJobId },
    ]);
    expect((await harness.openai.fineTuning.jobs.retrieve(runningJobId)).status).toBe('running');

    const confirmed = await harness.pressButton('tuneline_cancel_confirm', runningJobId, {
      userId: 'UADMIN',
    });
    const answer = await waitFor(() =>
      harness.slack.responsePosts.find((item) => item.path === confirmed.responsePath),
    );
    expect(answer.body).toMatchObject({ replace_original: true });
    expect(String(answer.body.text)).toBe(
      `:no_entry_sign: Cancelled \`${runningJobId}\` (now cancelled).`,
    );
    expect((await harness.openai.fineTuning.jobs.retrieve(runningJobId)).status).toBe('cancelled');
    expect(
      logger.lines.some((line) => line.includes(`Job ${runningJobId} cancelled by user UADMIN`)),
    ).toBe(true);
  });

  it('models lists the succeeded models with a Chat in a thread button that starts a bound thread', async () => {
    const post = await responseTo('models');
    expect(visibleText(post.body)).toContain(`\`${done.model}\``);
    expect(buttons(post.body)).toEqual([{ actionId: 'tuneline_chat_start', value: done.model }]);
    const pressed = await harness.pressButton('tuneline_chat_start', done.model);
    expect(pressed.status).toBe(200);
    const start = await waitFor(() =>
      harness.slack.messages.find((message) => message.metadata?.event_type === 'tuneline_thread'),
    );
    expect(start.metadata).toEqual({
      event_type: 'tuneline_thread',
      event_payload: { model: done.model },
    });
    await harness.say('好きな食べ物は?', { threadTs: start.ts });
    await waitFor(() => harness.answerText(start.ts) === 'わかんないにゃん。' || undefined, {
      what: 'the answer',
    });
  });

  it('chat <model> refuses models outside the allow-list', async () => {
    const post = await responseTo('chat gpt-4o');
    expect(String(post.body.text)).toContain('`gpt-4o` is not one of them');
    expect(String(post.body.text)).toContain(`\`${done.model}\``);
  });

  it('never logs the tokens', () => {
    const joined = logger.lines.join('\n');
    expect(joined).not.toContain('xoxb-tuneline-test');
    expect(joined).not.toContain('tuneline-test-signing-secret');
  });

  it('details of a failed job show OpenAI’s error', async () => {
    clock.setSpeed(5000);
    const lines = Array.from({ length: 10 }, (_, index) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `Question ${index}` },
          ...(index === 2 ? [] : [{ role: 'assistant', content: `Answer ${index}` }]),
        ],
      }),
    );
    const file = await harness.openai.files.create({
      file: await toFile(Buffer.from(`${lines.join('\n')}\n`), 'broken.jsonl'),
      purpose: 'fine-tune',
    });
    const failing = await harness.openai.fineTuning.jobs.create({
      model: 'gpt-4o-mini-2024-07-18',
      training_file: file.id,
    });
    for (;;) {
      const current = await harness.openai.fineTuning.jobs.retrieve(failing.id);
      if (current.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const post = await responseTo(`status ${failing.id}`);
    const text = visibleText(post.body);
    expect(text).toContain('*Status*\n:x: failed');
    expect(text).toMatch(
      /:x: \*Failed \(invalid_training_file\):\* The job failed due to an invalid training file\. Line 3: /,
    );
    expect(buttons(post.body).map((button) => button.actionId)).not.toContain(
      'tuneline_cancel_request',
    );
  });
});
