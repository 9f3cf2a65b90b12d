-- CreateTable
CREATE TABLE "regions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parent_id" INTEGER,
    "path" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "regions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "regions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "institutions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "region_id" INTEGER NOT NULL,
    "region_path" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "latitude" REAL,
    "longitude" REAL,
    "geofence_radius_m" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "institutions_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "people" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "home_institution_id" INTEGER,
    "title" TEXT,
    "specialty" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "people_home_institution_id_fkey" FOREIGN KEY ("home_institution_id") REFERENCES "institutions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "chat_identities" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "platform_user_id" TEXT NOT NULL,
    "union_id" TEXT,
    "bound_by" TEXT NOT NULL,
    "bound_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "chat_identities_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "role_grants" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "institution_id" INTEGER,
    "region_id" INTEGER,
    "granted_by_id" INTEGER,
    "granted_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_by_id" INTEGER,
    "revoked_at" DATETIME,
    CONSTRAINT "role_grants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "role_grants_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "role_grants_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "programs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "min_service_days_per_month" INTEGER NOT NULL DEFAULT 1,
    "check_in_window_start" TEXT NOT NULL DEFAULT '06:00',
    "check_in_window_end" TEXT NOT NULL DEFAULT '22:00',
    "geofence_tolerance_m" INTEGER NOT NULL DEFAULT 500,
    "min_title" TEXT NOT NULL DEFAULT 'ATTENDING',
    "corrections_per_month" INTEGER NOT NULL DEFAULT 2,
    "report_due_day" INTEGER NOT NULL DEFAULT 2,
    "settings" JSONB,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "programs_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "program_participants" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "side" TEXT NOT NULL,
    CONSTRAINT "program_participants_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "program_participants_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "program_targets" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "due_date" TEXT NOT NULL,
    "region_id" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "program_targets_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "program_targets_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "deadlines" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "region_id" INTEGER,
    CONSTRAINT "deadlines_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "deadlines_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assignments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "start_date" TEXT NOT NULL,
    "end_date" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "created_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "assignments_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assignments_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assignments_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assignment_planned_dates" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignment_id" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    CONSTRAINT "assignment_planned_dates_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "assignment_changes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "assignment_id" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "actor_id" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "assignment_changes_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "service_days" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "assignment_id" INTEGER,
    "physician_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "service_date" TEXT NOT NULL,
    "check_in_at" DATETIME NOT NULL,
    "check_in_method" TEXT NOT NULL,
    "check_in_latitude" REAL,
    "check_in_longitude" REAL,
    "check_in_accuracy_m" REAL,
    "check_in_distance_m" REAL,
    "check_in_verification" TEXT NOT NULL,
    "check_in_source_id" TEXT,
    "check_out_at" DATETIME,
    "check_out_method" TEXT,
    "check_out_latitude" REAL,
    "check_out_longitude" REAL,
    "check_out_accuracy_m" REAL,
    "check_out_distance_m" REAL,
    "check_out_verification" TEXT,
    "check_out_source_id" TEXT,
    "confirmation_status" TEXT NOT NULL DEFAULT 'PENDING',
    "correction_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "service_days_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_days_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "service_days_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_days_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_days_correction_id_fkey" FOREIGN KEY ("correction_id") REFERENCES "service_day_corrections" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "service_day_confirmations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "service_day_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "by_id" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "service_day_confirmations_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "service_day_corrections" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "service_date" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "requested_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by_id" INTEGER,
    "decided_at" DATETIME,
    "decision_note" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "service_day_corrections_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_day_corrections_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_day_corrections_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "work_logs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "work_logs_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "work_log_revisions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "work_log_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "values" JSONB NOT NULL,
    "edited_by_id" INTEGER NOT NULL,
    "edited_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "work_log_revisions_work_log_id_fkey" FOREIGN KEY ("work_log_id") REFERENCES "work_logs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "reporting_obligations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "due_date" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "submitted_at" DATETIME,
    "submitted_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "reporting_obligations_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "reporting_obligations_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "report_submissions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "obligation_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "figures" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "created_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "report_submissions_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "reporting_obligations" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "chat_groups" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "chat_id" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "added_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" DATETIME
);

-- CreateTable
CREATE TABLE "group_subscriptions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "group_id" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "institution_id" INTEGER,
    "region_id" INTEGER,
    "created_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelled_at" DATETIME,
    CONSTRAINT "group_subscriptions_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "chat_groups" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "group_subscriptions_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "group_subscriptions_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "inbound_events" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "message_id" TEXT,
    "received_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "outbound_messages" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "idempotency_key" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "receive_id_type" TEXT,
    "receive_id" TEXT,
    "target_message_id" TEXT,
    "msg_type" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "purpose" TEXT NOT NULL DEFAULT 'reply',
    "person_id" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimed_by" TEXT,
    "claimed_until" DATETIME,
    "last_error" TEXT,
    "platform_message_id" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" DATETIME
);

-- CreateTable
CREATE TABLE "job_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "job" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "claimed_by" TEXT NOT NULL,
    "started_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" DATETIME,
    "detail" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT,
    "region_path" TEXT,
    "institution_id" INTEGER,
    "details" JSONB
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
