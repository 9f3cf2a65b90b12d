-- The combined 远程 figure splits into 远程会诊 / 远程影像 / 远程心电 (hand-written: the old combined
-- remote_services becomes remote_consultations by a rename, so no logged figure is lost, and the
-- work_log_revisions JSON stays as written, its old remoteServices key is the combined figure as typed).
ALTER TABLE "work_logs" RENAME COLUMN "remote_services" TO "remote_consultations";

-- AlterTable
ALTER TABLE "work_logs" ADD COLUMN     "remote_ecg" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "remote_imaging" INTEGER NOT NULL DEFAULT 0;
