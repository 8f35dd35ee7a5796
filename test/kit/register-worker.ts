// A separate process registering for an activity at an agreed instant, for the last-seat race test.
import { ManualClock } from "../../src/clock.js";
import { connectDb, createDb } from "../../src/db/client.js";
import { registerForActivity } from "../../src/services/activities/registration.js";
import { createMessages } from "../../src/services/messages.js";

const [databaseUrl, employeeId, activityId, startAt, now] = process.argv.slice(2);
const db = createDb(databaseUrl!);
await connectDb(db);
const deps = { db, clock: new ManualClock(now!), messages: createMessages({ defaultLocale: "id", timezone: "Asia/Jakarta" }) };
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
const result = await registerForActivity(deps, { employeeId: Number(employeeId), activityId: Number(activityId) });
process.stdout.write(JSON.stringify(result));
await db.$disconnect();
