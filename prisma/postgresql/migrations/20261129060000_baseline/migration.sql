-- PostgreSQL baseline: the schema as of the SQLite migration 20261129050000_campaign_follow_up_backfill.
-- PostgreSQL deployments start here; every later migration is written for both engines.

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('TELEGRAM', 'SLACK');

-- CreateEnum
CREATE TYPE "EmploymentType" AS ENUM ('PNS', 'PPPK');

-- CreateEnum
CREATE TYPE "PositionType" AS ENUM ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'LEADER');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('UNIVERSITY', 'NGO', 'TRAINING_INSTITUTE', 'GOVERNMENT', 'PRIVATE');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('TRAINING', 'WORKSHOP', 'SEMINAR', 'INTERNSHIP', 'COACHING', 'E_LEARNING');

-- CreateEnum
CREATE TYPE "CompetencyType" AS ENUM ('TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "AudienceKind" AS ENUM ('UNIT', 'GRADE', 'POSITION_TYPE');

-- CreateEnum
CREATE TYPE "SpeakerRole" AS ENUM ('NARASUMBER', 'FASILITATOR');

-- CreateEnum
CREATE TYPE "RespondentRole" AS ENUM ('PARTICIPANT', 'SUPERVISOR', 'ANY');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING_APPROVAL', 'REGISTERED', 'REJECTED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW', 'COMPLETED');

-- CreateEnum
CREATE TYPE "JpSource" AS ENUM ('ACTIVITY', 'MANUAL');

-- CreateEnum
CREATE TYPE "QuestionnaireLevel" AS ENUM ('REACTION', 'LEARNING', 'BEHAVIOUR', 'PULSE');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('LIKERT', 'RATING', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'YES_NO', 'FREE_TEXT');

-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('PENDING', 'IN_PROGRESS', 'SUBMITTED', 'EXPIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AnnouncementStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('ACTIVE', 'PAUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "AudienceRuleKind" AS ENUM ('ALL', 'UNIT', 'SUPERVISORS', 'ROLE');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'BLOCKED', 'CANCELLED');

-- CreateTable
CREATE TABLE "Unit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employee" (
    "id" SERIAL NOT NULL,
    "nip" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitId" INTEGER NOT NULL,
    "position" TEXT NOT NULL,
    "positionType" "PositionType" NOT NULL,
    "grade" TEXT NOT NULL,
    "employmentType" "EmploymentType" NOT NULL,
    "supervisorId" INTEGER,
    "phone" TEXT,
    "email" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "preferredPlatform" "Platform",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Employee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatAccount" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "chatId" TEXT NOT NULL,
    "username" TEXT,
    "displayName" TEXT,
    "locale" TEXT,
    "blockedAt" TIMESTAMP(3),
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChatAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" INTEGER,
    "grantedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoleGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivationCode" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "issuedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActivationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkAttempt" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "nip" TEXT,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LinkAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" "ActivityKind" NOT NULL,
    "competencyType" "CompetencyType" NOT NULL,
    "jp" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "venue" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER,
    "registrationOpensAt" TIMESTAMP(3),
    "registrationClosesAt" TIMESTAMP(3),
    "needsSupervisorApproval" BOOLEAN NOT NULL DEFAULT false,
    "partnerId" INTEGER,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "attendanceCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "customEvaluationRules" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityAudience" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "kind" "AudienceKind" NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "ActivityAudience_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivitySpeaker" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "institution" TEXT,
    "role" "SpeakerRole" NOT NULL DEFAULT 'NARASUMBER',
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ActivitySpeaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityQuestionnaire" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "questionnaireId" INTEGER NOT NULL,
    "respondent" "RespondentRole" NOT NULL,
    "daysAfterEnd" INTEGER NOT NULL DEFAULT 0,
    "dueInDays" INTEGER NOT NULL DEFAULT 14,
    CONSTRAINT "ActivityQuestionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" SERIAL NOT NULL,
    "activityId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "checkedInAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "escalatedAt" TIMESTAMP(3),
    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JpEntry" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "registrationId" INTEGER,
    "year" INTEGER NOT NULL,
    "jp" INTEGER NOT NULL,
    "competencyType" "CompetencyType" NOT NULL,
    "source" "JpSource" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "JpEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT,
    "level" "QuestionnaireLevel" NOT NULL,
    "respondentRole" "RespondentRole" NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" SERIAL NOT NULL,
    "questionnaireId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "textEn" TEXT,
    "options" TEXT,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "maxLength" INTEGER,
    "dimension" TEXT,
    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRequest" (
    "id" SERIAL NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "questionnaireId" INTEGER NOT NULL,
    "respondentId" INTEGER NOT NULL,
    "subjectId" INTEGER,
    "activityId" INTEGER,
    "registrationId" INTEGER,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'PENDING',
    "remindersSent" INTEGER NOT NULL DEFAULT 0,
    "lastRemindedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "announcementId" INTEGER,
    CONSTRAINT "EvaluationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" SERIAL NOT NULL,
    "questionnaireId" INTEGER NOT NULL,
    "requestId" INTEGER,
    "respondentId" INTEGER,
    "subjectId" INTEGER,
    "activityId" INTEGER,
    "unitId" INTEGER,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "announcementId" INTEGER,
    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" SERIAL NOT NULL,
    "responseId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "numericValue" INTEGER,
    "textValue" TEXT,
    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "parseMode" TEXT,
    "mediaKind" TEXT,
    "mediaRef" TEXT,
    "linkText" TEXT,
    "linkUrl" TEXT,
    "needsAck" BOOLEAN NOT NULL DEFAULT false,
    "status" "AnnouncementStatus" NOT NULL DEFAULT 'DRAFT',
    "scheduledAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "campaignId" INTEGER,
    "campaignPosition" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "pulseQuestionnaireId" INTEGER,
    "ackRemindedAt" TIMESTAMP(3),
    "reportSentAt" TIMESTAMP(3),
    "requestKey" TEXT,
    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "cron" TEXT NOT NULL,
    "needsAck" BOOLEAN NOT NULL DEFAULT false,
    "status" "CampaignStatus" NOT NULL DEFAULT 'ACTIVE',
    "nextPosition" INTEGER NOT NULL DEFAULT 0,
    "lastTickAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "requestKey" TEXT,
    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AudienceRule" (
    "id" SERIAL NOT NULL,
    "announcementId" INTEGER,
    "campaignId" INTEGER,
    "kind" "AudienceRuleKind" NOT NULL,
    "value" TEXT,
    CONSTRAINT "AudienceRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" SERIAL NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "employeeId" INTEGER,
    "chatAccountId" INTEGER,
    "platform" "Platform" NOT NULL,
    "chatId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "quietHours" BOOLEAN NOT NULL DEFAULT false,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMP(3) NOT NULL,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "ackAt" TIMESTAMP(3),
    "messageRef" TEXT,
    "lastError" TEXT,
    "announcementId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Lease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "details" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "updateId" BIGINT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProcessedUpdate_pkey" PRIMARY KEY ("updateId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_parentId_idx" ON "Unit"("parentId");

-- CreateIndex
CREATE INDEX "Employee_email_idx" ON "Employee"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Employee_nip_key" ON "Employee"("nip");

-- CreateIndex
CREATE INDEX "Employee_phone_idx" ON "Employee"("phone");

-- CreateIndex
CREATE INDEX "Employee_supervisorId_idx" ON "Employee"("supervisorId");

-- CreateIndex
CREATE INDEX "Employee_unitId_idx" ON "Employee"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatAccount_platform_employeeId_key" ON "ChatAccount"("platform", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "ChatAccount_platform_externalId_key" ON "ChatAccount"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrant_employeeId_role_key" ON "RoleGrant"("employeeId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "ActivationCode_codeHash_key" ON "ActivationCode"("codeHash");

-- CreateIndex
CREATE INDEX "ActivationCode_employeeId_idx" ON "ActivationCode"("employeeId");

-- CreateIndex
CREATE INDEX "LinkAttempt_nip_createdAt_idx" ON "LinkAttempt"("nip", "createdAt");

-- CreateIndex
CREATE INDEX "LinkAttempt_platform_externalId_createdAt_idx" ON "LinkAttempt"("platform", "externalId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_name_key" ON "Partner"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Activity_code_key" ON "Activity"("code");

-- CreateIndex
CREATE INDEX "Activity_status_startsAt_idx" ON "Activity"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityAudience_activityId_kind_value_key" ON "ActivityAudience"("activityId", "kind", "value");

-- CreateIndex
CREATE INDEX "ActivitySpeaker_activityId_idx" ON "ActivitySpeaker"("activityId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityQuestionnaire_activityId_questionnaireId_respondent_key" ON "ActivityQuestionnaire"("activityId", "questionnaireId", "respondent");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_activityId_employeeId_key" ON "Registration"("activityId", "employeeId");

-- CreateIndex
CREATE INDEX "Registration_activityId_status_idx" ON "Registration"("activityId", "status");

-- CreateIndex
CREATE INDEX "Registration_employeeId_status_idx" ON "Registration"("employeeId", "status");

-- CreateIndex
CREATE INDEX "JpEntry_employeeId_year_idx" ON "JpEntry"("employeeId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "JpEntry_registrationId_key" ON "JpEntry"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Questionnaire_code_version_key" ON "Questionnaire"("code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Question_questionnaireId_position_key" ON "Question"("questionnaireId", "position");

-- CreateIndex
CREATE INDEX "EvaluationRequest_activityId_questionnaireId_status_idx" ON "EvaluationRequest"("activityId", "questionnaireId", "status");

-- CreateIndex
CREATE INDEX "EvaluationRequest_announcementId_idx" ON "EvaluationRequest"("announcementId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRequest_dedupeKey_key" ON "EvaluationRequest"("dedupeKey");

-- CreateIndex
CREATE INDEX "EvaluationRequest_respondentId_status_idx" ON "EvaluationRequest"("respondentId", "status");

-- CreateIndex
CREATE INDEX "EvaluationRequest_status_dueAt_idx" ON "EvaluationRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Response_questionnaireId_activityId_idx" ON "Response"("questionnaireId", "activityId");

-- CreateIndex
CREATE INDEX "Response_questionnaireId_announcementId_idx" ON "Response"("questionnaireId", "announcementId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_requestId_key" ON "Response"("requestId");

-- CreateIndex
CREATE INDEX "Response_unitId_idx" ON "Response"("unitId");

-- CreateIndex
CREATE INDEX "Answer_questionId_idx" ON "Answer"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_responseId_questionId_key" ON "Answer"("responseId", "questionId");

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_campaignId_campaignPosition_key" ON "Announcement"("campaignId", "campaignPosition");

-- CreateIndex
CREATE UNIQUE INDEX "Announcement_requestKey_key" ON "Announcement"("requestKey");

-- CreateIndex
CREATE INDEX "Announcement_status_scheduledAt_idx" ON "Announcement"("status", "scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_requestKey_key" ON "Campaign"("requestKey");

-- CreateIndex
CREATE INDEX "AudienceRule_announcementId_idx" ON "AudienceRule"("announcementId");

-- CreateIndex
CREATE INDEX "AudienceRule_campaignId_idx" ON "AudienceRule"("campaignId");

-- CreateIndex
CREATE INDEX "Delivery_announcementId_idx" ON "Delivery"("announcementId");

-- CreateIndex
CREATE INDEX "Delivery_chatAccountId_idx" ON "Delivery"("chatAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_dedupeKey_key" ON "Delivery"("dedupeKey");

-- CreateIndex
CREATE INDEX "Delivery_status_platform_nextAttemptAt_idx" ON "Delivery"("status", "platform", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Delivery_status_priority_nextAttemptAt_idx" ON "Delivery"("status", "priority", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "ProcessedUpdate_receivedAt_idx" ON "ProcessedUpdate"("receivedAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatAccount" ADD CONSTRAINT "ChatAccount_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivationCode" ADD CONSTRAINT "ActivationCode_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAudience" ADD CONSTRAINT "ActivityAudience_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivitySpeaker" ADD CONSTRAINT "ActivitySpeaker_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityQuestionnaire" ADD CONSTRAINT "ActivityQuestionnaire_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityQuestionnaire" ADD CONSTRAINT "ActivityQuestionnaire_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JpEntry" ADD CONSTRAINT "JpEntry_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JpEntry" ADD CONSTRAINT "JpEntry_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRequest" ADD CONSTRAINT "EvaluationRequest_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRequest" ADD CONSTRAINT "EvaluationRequest_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRequest" ADD CONSTRAINT "EvaluationRequest_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRequest" ADD CONSTRAINT "EvaluationRequest_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRequest" ADD CONSTRAINT "EvaluationRequest_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRequest" ADD CONSTRAINT "EvaluationRequest_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_pulseQuestionnaireId_fkey" FOREIGN KEY ("pulseQuestionnaireId") REFERENCES "Questionnaire"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceRule" ADD CONSTRAINT "AudienceRule_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AudienceRule" ADD CONSTRAINT "AudienceRule_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_chatAccountId_fkey" FOREIGN KEY ("chatAccountId") REFERENCES "ChatAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "Employee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

