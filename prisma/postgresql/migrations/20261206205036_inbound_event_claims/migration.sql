-- AlterTable
ALTER TABLE "inbound_events" ADD COLUMN     "claimed_until" TIMESTAMP(3);
