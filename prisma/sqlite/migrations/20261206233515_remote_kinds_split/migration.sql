-- The combined 远程 figure splits into 远程会诊 / 远程影像 / 远程心电 (hand-written part: the INSERT below
-- carries the old combined remote_services into remote_consultations, so no logged figure is lost, and the
-- work_log_revisions JSON stays as written, its old remoteServices key is the combined figure as typed).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_work_logs" (
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
    "remote_consultations" INTEGER NOT NULL DEFAULT 0,
    "remote_imaging" INTEGER NOT NULL DEFAULT 0,
    "remote_ecg" INTEGER NOT NULL DEFAULT 0,
    "health_education" INTEGER NOT NULL DEFAULT 0,
    "new_techniques" INTEGER NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "author_id" INTEGER NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "work_logs_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_work_logs" ("author_id", "case_discussions", "created_at", "health_education", "home_visits", "id", "lectures", "new_techniques", "note", "patients", "remote_consultations", "service_day_id", "special_population", "surgery_teaching", "teaching_rounds", "training", "updated_at", "version") SELECT "author_id", "case_discussions", "created_at", "health_education", "home_visits", "id", "lectures", "new_techniques", "note", "patients", "remote_services", "service_day_id", "special_population", "surgery_teaching", "teaching_rounds", "training", "updated_at", "version" FROM "work_logs";
DROP TABLE "work_logs";
ALTER TABLE "new_work_logs" RENAME TO "work_logs";
CREATE UNIQUE INDEX "work_logs_service_day_id_key" ON "work_logs"("service_day_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
