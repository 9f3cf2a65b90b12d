-- CreateTable
CREATE TABLE "spot_check_outcomes" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seed" TEXT NOT NULL,
    "planned_date_id" INTEGER NOT NULL,
    "service_day_id" INTEGER,
    "inspector_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "region_path" TEXT NOT NULL,
    "service_date" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "spot_check_outcomes_region_path_service_date_idx" ON "spot_check_outcomes"("region_path", "service_date");

-- CreateIndex
CREATE UNIQUE INDEX "spot_check_outcomes_seed_planned_date_id_key" ON "spot_check_outcomes"("seed", "planned_date_id");
