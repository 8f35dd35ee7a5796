import type { Prisma } from "../../generated/prisma/client.js";

/**
 * The queue stores a message too long for one send as `key`, `key#2`, ... (or media first, then the
 * text). Each recipient is counted once, by the first part of their message.
 */
export const FIRST_PART = { dedupeKey: { not: { contains: "#" } } } satisfies Prisma.DeliveryWhereInput;
