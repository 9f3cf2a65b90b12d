-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP');

-- CreateEnum
CREATE TYPE "InstitutionKind" AS ENUM ('PROVINCIAL_HOSPITAL', 'CITY_HOSPITAL', 'COUNTY_HOSPITAL', 'TOWNSHIP_HEALTH_CENTER', 'COMMUNITY_HEALTH_CENTER', 'HEALTH_BUREAU');

-- CreateEnum
CREATE TYPE "Title" AS ENUM ('RESIDENT', 'ATTENDING', 'ASSOCIATE_CHIEF', 'CHIEF');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('FEISHU', 'DINGTALK', 'SANDBOX');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PHYSICIAN', 'CLINIC_HEAD', 'HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ProgramKind" AS ENUM ('GRASSROOTS_SUPPORT', 'PAIRED_ASSISTANCE', 'MOBILE_HOSPITAL', 'PROVINCIAL_TEAM_TOUR');

-- CreateEnum
CREATE TYPE "ParticipantSide" AS ENUM ('SUPPORTING', 'RECIPIENT');

-- CreateEnum
CREATE TYPE "Metric" AS ENUM ('PHYSICIANS_PLACED', 'PERSON_TIMES', 'SERVICE_DAYS', 'PATIENTS', 'SPECIAL_POPULATION', 'HOME_VISITS', 'LECTURES', 'TRAINING', 'TEACHING_ROUNDS', 'CASE_DISCUSSIONS', 'SURGERY_TEACHING', 'REMOTE_SERVICES', 'HEALTH_EDUCATION', 'NEW_TECHNIQUES', 'TOURS', 'TOWNSHIPS_COVERED');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('ACTIVE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('CREATED', 'UPDATED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CheckMethod" AS ENUM ('LOCATION', 'TEXT', 'CARD_BUTTON', 'CORRECTION');

-- CreateEnum
CREATE TYPE "Verification" AS ENUM ('VERIFIED', 'UNVERIFIED');

-- CreateEnum
CREATE TYPE "ConfirmationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "CorrectionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ObligationKind" AS ENUM ('MONTHLY_WORKLOAD', 'STAFFING_TABLE', 'IMPLEMENTATION_PLAN', 'ANNUAL_SUMMARY');

-- CreateEnum
CREATE TYPE "ObligationStatus" AS ENUM ('PENDING', 'DRAFTED', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "SubscriptionTopic" AS ENUM ('SCHEDULE', 'DEADLINES');

-- CreateEnum
CREATE TYPE "OutboundStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "JobRunStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED', 'SKIPPED');

-- CreateTable
CREATE TABLE "regions" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "parent_id" INTEGER,
    "path" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "regions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institutions" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',
    "kind" "InstitutionKind" NOT NULL,
    "region_id" INTEGER NOT NULL,
    "region_path" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "geofence_radius_m" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "institutions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "home_institution_id" INTEGER,
    "title" "Title",
    "specialty" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat_identities" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "platform_user_id" TEXT NOT NULL,
    "union_id" TEXT,
    "bound_by" TEXT NOT NULL,
    "bound_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "chat_identities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "role_grants" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "role" "Role" NOT NULL,
    "institution_id" INTEGER,
    "region_id" INTEGER,
    "granted_by_id" INTEGER,
    "granted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_by_id" INTEGER,
    "revoked_at" TIMESTAMP(3),

    CONSTRAINT "role_grants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programs" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ProgramKind" NOT NULL,
    "region_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "min_service_days_per_month" INTEGER NOT NULL DEFAULT 1,
    "check_in_window_start" TEXT NOT NULL DEFAULT '06:00',
    "check_in_window_end" TEXT NOT NULL DEFAULT '22:00',
    "geofence_tolerance_m" INTEGER NOT NULL DEFAULT 500,
    "min_title" "Title" NOT NULL DEFAULT 'ATTENDING',
    "corrections_per_month" INTEGER NOT NULL DEFAULT 2,
    "report_due_day" INTEGER NOT NULL DEFAULT 2,
    "settings" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "programs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_participants" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "side" "ParticipantSide" NOT NULL,

    CONSTRAINT "program_participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "program_targets" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "metric" "Metric" NOT NULL,
    "value" INTEGER NOT NULL,
    "due_date" TEXT NOT NULL,
    "region_id" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "program_targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deadlines" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "region_id" INTEGER,

    CONSTRAINT "deadlines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignments" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment_planned_dates" (
    "id" SERIAL NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,

    CONSTRAINT "assignment_planned_dates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment_changes" (
    "id" SERIAL NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "action" "ChangeAction" NOT NULL,
    "actor_id" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "assignment_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_days" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "assignment_id" INTEGER,
    "physician_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "service_date" TEXT NOT NULL,
    "check_in_at" TIMESTAMP(3) NOT NULL,
    "check_in_method" "CheckMethod" NOT NULL,
    "check_in_latitude" DOUBLE PRECISION,
    "check_in_longitude" DOUBLE PRECISION,
    "check_in_accuracy_m" DOUBLE PRECISION,
    "check_in_distance_m" DOUBLE PRECISION,
    "check_in_verification" "Verification" NOT NULL,
    "check_in_source_id" TEXT,
    "check_out_at" TIMESTAMP(3),
    "check_out_method" "CheckMethod",
    "check_out_latitude" DOUBLE PRECISION,
    "check_out_longitude" DOUBLE PRECISION,
    "check_out_accuracy_m" DOUBLE PRECISION,
    "check_out_distance_m" DOUBLE PRECISION,
    "check_out_verification" "Verification",
    "check_out_source_id" TEXT,
    "confirmation_status" "ConfirmationStatus" NOT NULL DEFAULT 'PENDING',
    "correction_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_days_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_day_confirmations" (
    "id" SERIAL NOT NULL,
    "service_day_id" INTEGER NOT NULL,
    "status" "ConfirmationStatus" NOT NULL,
    "by_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_day_confirmations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_day_corrections" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "service_date" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "CorrectionStatus" NOT NULL DEFAULT 'PENDING',
    "requested_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" INTEGER,
    "decided_at" TIMESTAMP(3),
    "decision_note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "service_day_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_logs" (
    "id" SERIAL NOT NULL,
    "service_day_id" INTEGER NOT NULL,
    "patients" INTEGER NOT NULL DEFAULT 0,
    "special_population" INTEGER NOT NULL DEFAULT 0,
    "home_visits" INTEGER NOT NULL DEFAULT 0,
    "lectures" INTEGER NOT NULL DEFAULT 0,
    "training" INTEGER NOT NULL DEFAULT 0,
    "teaching_rounds" INTEGER NOT NULL DEFAULT 0,
    "case_discussions" INTEGER NOT NULL DEFAULT 0,
    "surgery_teaching" INTEGER NOT NULL DEFAULT 0,
    "remote_services" INTEGER NOT NULL DEFAULT 0,
    "health_education" INTEGER NOT NULL DEFAULT 0,
    "new_techniques" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "author_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "work_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_log_revisions" (
    "id" SERIAL NOT NULL,
    "work_log_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "edited_by_id" INTEGER NOT NULL,
    "edited_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "work_log_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reporting_obligations" (
    "id" SERIAL NOT NULL,
    "program_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "kind" "ObligationKind" NOT NULL,
    "period" TEXT NOT NULL,
    "due_date" TEXT NOT NULL,
    "status" "ObligationStatus" NOT NULL DEFAULT 'PENDING',
    "submitted_at" TIMESTAMP(3),
    "submitted_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reporting_obligations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_submissions" (
    "id" SERIAL NOT NULL,
    "obligation_id" INTEGER NOT NULL,
    "status" "SubmissionStatus" NOT NULL,
    "figures" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "chat_groups" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "chat_id" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "added_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMP(3),

    CONSTRAINT "chat_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "group_subscriptions" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "topic" "SubscriptionTopic" NOT NULL,
    "institution_id" INTEGER,
    "region_id" INTEGER,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" TIMESTAMP(3),

    CONSTRAINT "group_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_events" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "event_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "message_id" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbound_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbound_messages" (
    "id" SERIAL NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "operation" TEXT NOT NULL,
    "receive_id_type" TEXT,
    "receive_id" TEXT,
    "target_message_id" TEXT,
    "msg_type" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'reply',
    "person_id" INTEGER,
    "status" "OutboundStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimed_by" TEXT,
    "claimed_until" TIMESTAMP(3),
    "last_error" TEXT,
    "platform_message_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "outbound_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" SERIAL NOT NULL,
    "job" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "status" "JobRunStatus" NOT NULL DEFAULT 'RUNNING',
    "claimed_by" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "detail" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "job_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT,
    "region_path" TEXT,
    "institution_id" INTEGER,
    "details" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "regions_code_key" ON "regions"("code");

-- CreateIndex
CREATE UNIQUE INDEX "regions_path_key" ON "regions"("path");

-- CreateIndex
CREATE INDEX "regions_parent_id_idx" ON "regions"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "institutions_code_key" ON "institutions"("code");

-- CreateIndex
CREATE INDEX "institutions_region_path_idx" ON "institutions"("region_path");

-- CreateIndex
CREATE INDEX "people_home_institution_id_idx" ON "people"("home_institution_id");

-- CreateIndex
CREATE INDEX "people_phone_idx" ON "people"("phone");

-- CreateIndex
CREATE INDEX "chat_identities_person_id_idx" ON "chat_identities"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "chat_identities_platform_platform_user_id_key" ON "chat_identities"("platform", "platform_user_id");

-- CreateIndex
CREATE INDEX "role_grants_person_id_idx" ON "role_grants"("person_id");

-- CreateIndex
CREATE INDEX "role_grants_institution_id_idx" ON "role_grants"("institution_id");

-- CreateIndex
CREATE INDEX "role_grants_region_id_idx" ON "role_grants"("region_id");

-- CreateIndex
CREATE UNIQUE INDEX "programs_code_key" ON "programs"("code");

-- CreateIndex
CREATE INDEX "program_participants_institution_id_idx" ON "program_participants"("institution_id");

-- CreateIndex
CREATE UNIQUE INDEX "program_participants_program_id_institution_id_side_key" ON "program_participants"("program_id", "institution_id", "side");

-- CreateIndex
CREATE UNIQUE INDEX "program_targets_program_id_metric_due_date_region_id_key" ON "program_targets"("program_id", "metric", "due_date", "region_id");

-- CreateIndex
CREATE UNIQUE INDEX "deadlines_program_id_title_due_date_key" ON "deadlines"("program_id", "title", "due_date");

-- CreateIndex
CREATE INDEX "assignments_physician_id_start_date_idx" ON "assignments"("physician_id", "start_date");

-- CreateIndex
CREATE INDEX "assignments_institution_id_start_date_idx" ON "assignments"("institution_id", "start_date");

-- CreateIndex
CREATE INDEX "assignments_program_id_start_date_idx" ON "assignments"("program_id", "start_date");

-- CreateIndex
CREATE INDEX "assignment_planned_dates_date_idx" ON "assignment_planned_dates"("date");

-- CreateIndex
CREATE UNIQUE INDEX "assignment_planned_dates_assignment_id_date_key" ON "assignment_planned_dates"("assignment_id", "date");

-- CreateIndex
CREATE INDEX "assignment_changes_assignment_id_idx" ON "assignment_changes"("assignment_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_days_check_in_source_id_key" ON "service_days"("check_in_source_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_days_check_out_source_id_key" ON "service_days"("check_out_source_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_days_correction_id_key" ON "service_days"("correction_id");

-- CreateIndex
CREATE INDEX "service_days_institution_id_service_date_idx" ON "service_days"("institution_id", "service_date");

-- CreateIndex
CREATE INDEX "service_days_program_id_service_date_idx" ON "service_days"("program_id", "service_date");

-- CreateIndex
CREATE INDEX "service_days_service_date_idx" ON "service_days"("service_date");

-- CreateIndex
CREATE UNIQUE INDEX "service_days_physician_id_institution_id_service_date_key" ON "service_days"("physician_id", "institution_id", "service_date");

-- CreateIndex
CREATE INDEX "service_day_confirmations_service_day_id_idx" ON "service_day_confirmations"("service_day_id");

-- CreateIndex
CREATE INDEX "service_day_corrections_physician_id_service_date_idx" ON "service_day_corrections"("physician_id", "service_date");

-- CreateIndex
CREATE UNIQUE INDEX "work_logs_service_day_id_key" ON "work_logs"("service_day_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_log_revisions_work_log_id_version_key" ON "work_log_revisions"("work_log_id", "version");

-- CreateIndex
CREATE INDEX "reporting_obligations_due_date_idx" ON "reporting_obligations"("due_date");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_obligations_program_id_institution_id_kind_period_key" ON "reporting_obligations"("program_id", "institution_id", "kind", "period");

-- CreateIndex
CREATE INDEX "report_submissions_obligation_id_idx" ON "report_submissions"("obligation_id");

-- CreateIndex
CREATE UNIQUE INDEX "chat_groups_platform_chat_id_key" ON "chat_groups"("platform", "chat_id");

-- CreateIndex
CREATE INDEX "group_subscriptions_group_id_idx" ON "group_subscriptions"("group_id");

-- CreateIndex
CREATE INDEX "inbound_events_received_at_idx" ON "inbound_events"("received_at");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_events_platform_event_id_key" ON "inbound_events"("platform", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_events_platform_message_id_key" ON "inbound_events"("platform", "message_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbound_messages_idempotency_key_key" ON "outbound_messages"("idempotency_key");

-- CreateIndex
CREATE INDEX "outbound_messages_status_next_attempt_at_idx" ON "outbound_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbound_messages_person_id_created_at_idx" ON "outbound_messages"("person_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "job_runs_job_slot_key" ON "job_runs"("job", "slot");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_region_path_idx" ON "audit_log"("region_path");

-- AddForeignKey
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_home_institution_id_fkey" FOREIGN KEY ("home_institution_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "chat_identities" ADD CONSTRAINT "chat_identities_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "programs" ADD CONSTRAINT "programs_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_participants" ADD CONSTRAINT "program_participants_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_participants" ADD CONSTRAINT "program_participants_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_targets" ADD CONSTRAINT "program_targets_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "program_targets" ADD CONSTRAINT "program_targets_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "deadlines" ADD CONSTRAINT "deadlines_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_planned_dates" ADD CONSTRAINT "assignment_planned_dates_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_changes" ADD CONSTRAINT "assignment_changes_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_days" ADD CONSTRAINT "service_days_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_days" ADD CONSTRAINT "service_days_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_days" ADD CONSTRAINT "service_days_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_days" ADD CONSTRAINT "service_days_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_days" ADD CONSTRAINT "service_days_correction_id_fkey" FOREIGN KEY ("correction_id") REFERENCES "service_day_corrections"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_day_confirmations" ADD CONSTRAINT "service_day_confirmations_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_day_corrections" ADD CONSTRAINT "service_day_corrections_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_day_corrections" ADD CONSTRAINT "service_day_corrections_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_day_corrections" ADD CONSTRAINT "service_day_corrections_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_logs" ADD CONSTRAINT "work_logs_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_log_revisions" ADD CONSTRAINT "work_log_revisions_work_log_id_fkey" FOREIGN KEY ("work_log_id") REFERENCES "work_logs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_obligations" ADD CONSTRAINT "reporting_obligations_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_obligations" ADD CONSTRAINT "reporting_obligations_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_submissions" ADD CONSTRAINT "report_submissions_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "reporting_obligations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_subscriptions" ADD CONSTRAINT "group_subscriptions_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "chat_groups"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_subscriptions" ADD CONSTRAINT "group_subscriptions_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "group_subscriptions" ADD CONSTRAINT "group_subscriptions_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
