-- AlterTable
ALTER TABLE "Announcement" ADD COLUMN "requestKey" TEXT;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "requestKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_requestKey_key" ON "Announcement"("requestKey");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_requestKey_key" ON "Campaign"("requestKey");
