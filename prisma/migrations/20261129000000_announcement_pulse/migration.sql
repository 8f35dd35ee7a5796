-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN "pulseQuestionnaireId" INTEGER REFERENCES "Questionnaire" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Announcement" ADD COLUMN "ackRemindedAt" DATETIME;
ALTER TABLE "Announcement" ADD COLUMN "reportSentAt" DATETIME;

-- AlterTable
ALTER TABLE "EvaluationRequest" ADD COLUMN "announcementId" INTEGER REFERENCES "Announcement" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Response" ADD COLUMN "announcementId" INTEGER REFERENCES "Announcement" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "EvaluationRequest_announcementId_idx" ON "EvaluationRequest"("announcementId");

-- CreateIndex
CREATE INDEX "Response_questionnaireId_announcementId_idx" ON "Response"("questionnaireId", "announcementId");
