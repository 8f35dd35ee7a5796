-- AlterTable
ALTER TABLE "Activity" ADD COLUMN "customEvaluationRules" BOOLEAN NOT NULL DEFAULT false;
