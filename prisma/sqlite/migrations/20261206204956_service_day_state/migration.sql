-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_service_days" (
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
    "check_in_sent_at" DATETIME,
    "check_in_received_at" DATETIME,
    "check_in_late" BOOLEAN NOT NULL DEFAULT false,
    "check_out_at" DATETIME,
    "check_out_method" TEXT,
    "check_out_latitude" REAL,
    "check_out_longitude" REAL,
    "check_out_accuracy_m" REAL,
    "check_out_distance_m" REAL,
    "check_out_verification" TEXT,
    "check_out_source_id" TEXT,
    "check_out_sent_at" DATETIME,
    "check_out_received_at" DATETIME,
    "check_out_late" BOOLEAN NOT NULL DEFAULT false,
    "short_day" BOOLEAN NOT NULL DEFAULT false,
    "location_verified_at" DATETIME,
    "location_verified_source_id" TEXT,
    "location_verified_latitude" REAL,
    "location_verified_longitude" REAL,
    "location_verified_distance_m" REAL,
    "confirmation_status" TEXT NOT NULL DEFAULT 'PENDING',
    "correction_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "service_days_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_days_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "service_days_physician_id_fkey" FOREIGN KEY ("physician_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_days_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "service_days_correction_id_fkey" FOREIGN KEY ("correction_id") REFERENCES "service_day_corrections" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_service_days" ("assignment_id", "check_in_accuracy_m", "check_in_at", "check_in_distance_m", "check_in_latitude", "check_in_longitude", "check_in_method", "check_in_source_id", "check_in_verification", "check_out_accuracy_m", "check_out_at", "check_out_distance_m", "check_out_latitude", "check_out_longitude", "check_out_method", "check_out_source_id", "check_out_verification", "confirmation_status", "correction_id", "created_at", "id", "institution_id", "physician_id", "program_id", "service_date") SELECT "assignment_id", "check_in_accuracy_m", "check_in_at", "check_in_distance_m", "check_in_latitude", "check_in_longitude", "check_in_method", "check_in_source_id", "check_in_verification", "check_out_accuracy_m", "check_out_at", "check_out_distance_m", "check_out_latitude", "check_out_longitude", "check_out_method", "check_out_source_id", "check_out_verification", "confirmation_status", "correction_id", "created_at", "id", "institution_id", "physician_id", "program_id", "service_date" FROM "service_days";
DROP TABLE "service_days";
ALTER TABLE "new_service_days" RENAME TO "service_days";
CREATE UNIQUE INDEX "service_days_check_in_source_id_key" ON "service_days"("check_in_source_id");
CREATE UNIQUE INDEX "service_days_check_out_source_id_key" ON "service_days"("check_out_source_id");
CREATE UNIQUE INDEX "service_days_location_verified_source_id_key" ON "service_days"("location_verified_source_id");
CREATE UNIQUE INDEX "service_days_correction_id_key" ON "service_days"("correction_id");
CREATE INDEX "service_days_institution_id_service_date_idx" ON "service_days"("institution_id", "service_date");
CREATE INDEX "service_days_program_id_service_date_idx" ON "service_days"("program_id", "service_date");
CREATE INDEX "service_days_service_date_idx" ON "service_days"("service_date");
CREATE UNIQUE INDEX "service_days_physician_id_institution_id_service_date_key" ON "service_days"("physician_id", "institution_id", "service_date");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
