-- CreateTable
CREATE TABLE "scope_targets" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "program_id" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "due_date" TEXT NOT NULL,
    "region_id" INTEGER,
    "institution_id" INTEGER,
    "scope_key" TEXT NOT NULL,
    "set_by_id" INTEGER,
    "set_at" DATETIME NOT NULL,
    CONSTRAINT "scope_targets_program_id_fkey" FOREIGN KEY ("program_id") REFERENCES "programs" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "scope_targets_program_id_scope_key_idx" ON "scope_targets"("program_id", "scope_key");

-- CreateIndex
CREATE UNIQUE INDEX "scope_targets_program_id_metric_due_date_scope_key_key" ON "scope_targets"("program_id", "metric", "due_date", "scope_key");
