-- AlterTable
ALTER TABLE "people" ADD COLUMN     "last_platform_at" TIMESTAMP(3);
