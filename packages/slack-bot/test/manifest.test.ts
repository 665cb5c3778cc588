import { readFile } from 'node:fs/promises';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';

const fixtures = new URL('../../../fixtures/slack/', import.meta.url);
const schemaBase = 'https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/';

async function readJson(url: URL): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(url, 'utf8')) as Record<string, unknown>;
}

describe('manifest.json', () => {
  let validate: ValidateFunction;
  let manifest: Record<string, unknown>;

  beforeAll(async () => {
    // Slack's schemas use keywords of their own (markdownDescription…): not strict.
    const ajv = new Ajv({ allErrors: true, strict: false });
    // ajv-formats is CommonJS: its function is the default export's default.
    addFormatsModule.default(ajv);
    ajv.addSchema(
      await readJson(new URL('manifest.schema.1.0.0.json', fixtures)),
      `${schemaBase}manifest.schema.1.0.0.json`,
    );
    ajv.addSchema(
      await readJson(new URL('manifest.schema.2.0.0.json', fixtures)),
      `${schemaBase}manifest.schema.2.0.0.json`,
    );
    validate = ajv.compile(await readJson(new URL('manifest.schema.json', fixtures)));
    manifest = await readJson(new URL('../manifest.json', import.meta.url));
  });

  it('validates against Slack’s app manifest schema', () => {
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked for real: a command without its slash and an unknown setting fail', () => {
    const broken = structuredClone(manifest) as {
      features: { slash_commands: { command: string }[] };
      settings: Record<string, unknown>;
    };
    (broken.features.slash_commands[0] as { command: string }).command = 'finetune';
    broken.settings.not_a_setting = true;
    expect(validate(broken)).toBe(false);
  });

  it('declares what the bot listens to: /finetune, mentions, thread and DM messages, buttons', () => {
    expect(manifest).toMatchObject({
      features: {
        slash_commands: [{ command: '/finetune' }],
        bot_user: { display_name: 'tuneline' },
      },
      settings: {
        event_subscriptions: {
          bot_events: ['app_mention', 'message.channels', 'message.groups', 'message.im'],
        },
        interactivity: { is_enabled: true },
      },
    });
    const scopes = (manifest as { oauth_config: { scopes: { bot: string[] } } }).oauth_config.scopes
      .bot;
    for (const scope of [
      'app_mentions:read',
      'channels:history',
      'groups:history',
      'im:history',
      'chat:write',
      'commands',
    ]) {
      expect(scopes).toContain(scope);
    }
  });
});
