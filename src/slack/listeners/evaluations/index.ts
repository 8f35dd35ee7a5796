import type { App } from "@slack/bolt";
import type { SlackCallbacks } from "../../callbacks.js";
import type { SlackDeps } from "../../deps.js";

export function register(_app: App, _deps: SlackDeps, _callbacks: SlackCallbacks): void {}
