export { FakeSlackApi, FAKE_BOT_USER_ID, FAKE_TEAM_ID, type SlackArgs, type SlackCall, type SlackFailure, type SlackUser } from "./fake-web-api.js";
export { checkMessage, checkView, MESSAGE_BLOCK_LIMIT, VIEW_BLOCK_LIMIT } from "./block-limits.js";
export { TestReceiver, type Acked, type Body, type ButtonPressInput, type CommandInput, type ViewSubmissionInput } from "./test-receiver.js";
export { linkSlackAccount, startSlackTestApp, TEST_SLACK_BOT_TOKEN, TEST_SLACK_SIGNING_SECRET, type SlackTestApp } from "./harness.js";
export { signSlackRequest } from "./signature.js";
