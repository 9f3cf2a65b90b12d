-- CreateEnum
CREATE TYPE "StagedImportStatus" AS ENUM ('STAGED', 'APPLIED', 'DISCARDED', 'EXPIRED');

-- CreateTable
CREATE TABLE "staged_imports" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "platform" "Platform",
    "chat_id" TEXT,
    "file_name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "StagedImportStatus" NOT NULL DEFAULT 'STAGED',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied_at" TIMESTAMP(3),
    "applied_by_id" INTEGER,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "staged_imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "staged_imports_status_created_at_idx" ON "staged_imports"("status", "created_at");

-- CreateIndex
CREATE INDEX "staged_imports_created_by_id_idx" ON "staged_imports"("created_by_id");
