-- CreateTable
CREATE TABLE "staged_imports" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "platform" TEXT,
    "chat_id" TEXT,
    "file_name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'STAGED',
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "applied_at" DATETIME,
    "applied_by_id" INTEGER,
    "closed_at" DATETIME
);

-- CreateIndex
CREATE INDEX "staged_imports_status_created_at_idx" ON "staged_imports"("status", "created_at");

-- CreateIndex
CREATE INDEX "staged_imports_created_by_id_idx" ON "staged_imports"("created_by_id");
