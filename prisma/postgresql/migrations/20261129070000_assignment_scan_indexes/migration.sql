-- The evaluation-assignment job reads only activities that ended recently, and each registration's
-- existing requests: both by index, so its cost follows recent activities, not all history.

-- CreateIndex
CREATE INDEX "Activity_endsAt_idx" ON "Activity"("endsAt");

-- CreateIndex
CREATE INDEX "EvaluationRequest_registrationId_idx" ON "EvaluationRequest"("registrationId");
