import type { ChatModels } from './chat-models.js';

/** The allowed models as a short list for a refusal: the fine-tuned ones first. */
export function listAllowedModels(models: ChatModels, limit = 8): string {
  if (models.allowed.length === 0) {
    return 'none yet: once a fine-tuning job of this project succeeds, its model shows up in `/finetune models`';
  }
  const shown = models.allowed.slice(0, limit).map((model) => `\`${model}\``);
  const more = models.allowed.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more (see \`/finetune models\`)` : ''}`;
}
