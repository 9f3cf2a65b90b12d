-- AlterTable
ALTER TABLE "people" ADD COLUMN     "last_platform" "Platform",
ADD COLUMN     "preferred_platform" "Platform";
