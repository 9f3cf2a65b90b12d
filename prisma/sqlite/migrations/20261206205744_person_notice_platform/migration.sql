-- AlterTable
ALTER TABLE "people" ADD COLUMN "last_platform" TEXT;
ALTER TABLE "people" ADD COLUMN "preferred_platform" TEXT;
