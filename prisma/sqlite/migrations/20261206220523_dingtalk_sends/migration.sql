-- CreateTable
CREATE TABLE "dingtalk_sends" (
    "idempotency_key" TEXT NOT NULL PRIMARY KEY,
    "started_at" DATETIME NOT NULL,
    "process_query_key" TEXT
);
