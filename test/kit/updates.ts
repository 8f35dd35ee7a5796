// The builders live with the emulator, which uses them too.
export * from "../../src/emulator/updates.js";
