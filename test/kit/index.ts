export {
  FakeBotApi,
  BotApiError,
  TELEGRAM_RATE_LIMITS,
  type CallListener,
  type ChatId,
  type CurrentReplyKeyboard,
  type FakeBotApiOptions,
  type FakeBotApiStats,
  type InjectedFailure,
  type NewUpdate,
  type Payload,
  type RateLimits,
  type RecordedCall,
  type StoredFile,
  type UploadedFile,
} from "../../src/emulator/fake-bot-api.js";
export * from "./updates.js";
export * from "./scenario.js";
