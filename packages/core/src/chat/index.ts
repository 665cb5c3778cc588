export type { ChatAnswer, ChatMessage, ChatTokenUsage } from './chat-message.js';
export { type ChatConversation, createChatConversation } from './create-chat-conversation.js';
export { streamChatAnswer } from './stream-chat-answer.js';
