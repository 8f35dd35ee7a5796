-- CreateIndex
CREATE INDEX "EvaluationRequest_activityId_questionnaireId_status_idx" ON "EvaluationRequest"("activityId", "questionnaireId", "status");

-- CreateIndex
CREATE INDEX "Delivery_status_platform_nextAttemptAt_idx" ON "Delivery"("status", "platform", "nextAttemptAt");
