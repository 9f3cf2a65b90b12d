-- CreateTable
CREATE TABLE "record_chain_heads" (
    "physician_id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "record_chain_links" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "physician_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "record_issues" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "head_seq" INTEGER NOT NULL,
    "head_hash" TEXT NOT NULL,
    "issued_at" DATETIME NOT NULL,
    "issued_by_id" INTEGER
);

-- CreateIndex
CREATE INDEX "record_chain_links_physician_id_kind_entity_id_idx" ON "record_chain_links"("physician_id", "kind", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "record_chain_links_physician_id_seq_key" ON "record_chain_links"("physician_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "record_issues_code_key" ON "record_issues"("code");

-- CreateIndex
CREATE INDEX "record_issues_physician_id_idx" ON "record_issues"("physician_id");
