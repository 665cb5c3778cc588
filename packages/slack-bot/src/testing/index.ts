export {
  type FakeResponsePost,
  type FakeSlackApi,
  type FakeSlackMessage,
  type FakeSlackOptions,
  type RecordedSlackCall,
  startFakeSlackApi,
} from './fake-slack-api.js';
export { createMemoryLogger } from './memory-logger.js';
export {
  type RecordedOpenAIRequest,
  startRecordingOpenAIProxy,
} from './recording-openai-proxy.js';
export {
  blockActionBody,
  eventEnvelope,
  sendSignedRequest,
  signSlackBody,
  slashCommandBody,
  waitFor,
} from './slack-request.js';
export {
  startTestBot,
  type TestBot,
  testChannelId,
  testSigningSecret,
  testTeamId,
} from './start-test-bot.js';
export { type TrainingPair, trainTestModel } from './train-test-model.js';
