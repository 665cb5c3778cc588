// The Slack bot is built in its own issue; this package reserves its place in the workspace.
export const slackBotPackageName = '@tuneline/slack-bot';
