-- CreateTable
CREATE TABLE "survey_samples" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "year" TEXT NOT NULL,
    "scope_key" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "drawn_by_id" INTEGER,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "survey_sample_items" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sample_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "service_day_id" INTEGER NOT NULL,
    "institution_id" INTEGER NOT NULL,
    "region_path" TEXT NOT NULL,
    "service_date" TEXT NOT NULL,
    "contact_reply" TEXT,
    "contact_by_id" INTEGER,
    "contact_at" DATETIME,
    CONSTRAINT "survey_sample_items_sample_id_fkey" FOREIGN KEY ("sample_id") REFERENCES "survey_samples" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "survey_call_results" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "revision" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "by_id" INTEGER NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "survey_call_results_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "survey_sample_items" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "survey_samples_year_scope_key_key" ON "survey_samples"("year", "scope_key");

-- CreateIndex
CREATE INDEX "survey_sample_items_institution_id_idx" ON "survey_sample_items"("institution_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_sample_items_sample_id_service_day_id_key" ON "survey_sample_items"("sample_id", "service_day_id");

-- CreateIndex
CREATE UNIQUE INDEX "survey_sample_items_sample_id_position_key" ON "survey_sample_items"("sample_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "survey_call_results_item_id_revision_key" ON "survey_call_results"("item_id", "revision");
