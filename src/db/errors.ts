import { Prisma } from "../generated/prisma/client.js";

/** A unique constraint refused the write: usually a concurrent run (or instance) wrote the row first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
