-- AlterTable
ALTER TABLE "inbound_events" ADD COLUMN     "handled_at" TIMESTAMP(3),
ADD COLUMN     "payload" JSONB;

-- CreateIndex
CREATE INDEX "inbound_events_handled_at_idx" ON "inbound_events"("handled_at");
