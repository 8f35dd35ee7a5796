import { chatScreen } from "../chat-screen.js";
import { REPORTS_PATTERN } from "./callback-data.js";

/** Showing the reports' screens and answering their own buttons (the main menu answers its own before calling in). */
export const { tell, acknowledge, show } = chatScreen(REPORTS_PATTERN);
