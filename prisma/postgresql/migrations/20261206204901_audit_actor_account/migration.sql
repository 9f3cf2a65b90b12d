-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "actor_account" TEXT;
