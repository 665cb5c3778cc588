import type { BotServices } from '../bot-services.js';

/** Whether `userId` may cancel jobs (TUNELINE_SLACK_ADMINS). */
export function isAdmin(services: BotServices, userId: string): boolean {
  return services.config.admins.includes(userId);
}
