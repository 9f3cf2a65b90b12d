-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'TITLE_OFFICE';

-- CreateTable
CREATE TABLE "record_chain_heads" (
    "physician_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "hash" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "record_chain_heads_pkey" PRIMARY KEY ("physician_id")
);

-- CreateTable
CREATE TABLE "record_chain_links" (
    "id" SERIAL NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "content_hash" TEXT NOT NULL,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "record_chain_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "record_issues" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "physician_id" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "head_seq" INTEGER NOT NULL,
    "head_hash" TEXT NOT NULL,
    "issued_at" TIMESTAMP(3) NOT NULL,
    "issued_by_id" INTEGER,

    CONSTRAINT "record_issues_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "record_chain_links_physician_id_kind_entity_id_idx" ON "record_chain_links"("physician_id", "kind", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "record_chain_links_physician_id_seq_key" ON "record_chain_links"("physician_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "record_issues_code_key" ON "record_issues"("code");

-- CreateIndex
CREATE INDEX "record_issues_physician_id_idx" ON "record_issues"("physician_id");
