-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "escalatedAt" DATETIME;
