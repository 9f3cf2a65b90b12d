-- AlterTable
ALTER TABLE "people" ADD COLUMN "last_platform_at" DATETIME;
