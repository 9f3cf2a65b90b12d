-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_report_submissions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "obligation_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "figures" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "work_done" TEXT NOT NULL DEFAULT '',
    "problems" TEXT NOT NULL DEFAULT '',
    "plans" TEXT NOT NULL DEFAULT '',
    "created_by_id" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "report_submissions_obligation_id_fkey" FOREIGN KEY ("obligation_id") REFERENCES "reporting_obligations" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_report_submissions" ("created_at", "created_by_id", "figures", "id", "note", "obligation_id", "status") SELECT "created_at", "created_by_id", "figures", "id", "note", "obligation_id", "status" FROM "report_submissions";
DROP TABLE "report_submissions";
ALTER TABLE "new_report_submissions" RENAME TO "report_submissions";
CREATE INDEX "report_submissions_obligation_id_idx" ON "report_submissions"("obligation_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
