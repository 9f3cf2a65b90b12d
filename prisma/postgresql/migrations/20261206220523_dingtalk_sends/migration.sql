-- CreateTable
CREATE TABLE "dingtalk_sends" (
    "idempotency_key" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "process_query_key" TEXT,

    CONSTRAINT "dingtalk_sends_pkey" PRIMARY KEY ("idempotency_key")
);
