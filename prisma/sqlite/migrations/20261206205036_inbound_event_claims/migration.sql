-- AlterTable
ALTER TABLE "inbound_events" ADD COLUMN "claimed_until" DATETIME;
