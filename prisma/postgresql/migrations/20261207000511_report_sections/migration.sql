-- AlterTable
ALTER TABLE "report_submissions" ADD COLUMN     "plans" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "problems" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "work_done" TEXT NOT NULL DEFAULT '';
