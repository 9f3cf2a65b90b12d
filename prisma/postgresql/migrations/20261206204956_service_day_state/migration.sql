-- AlterTable
ALTER TABLE "service_days" ADD COLUMN     "check_in_late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "check_in_received_at" TIMESTAMP(3),
ADD COLUMN     "check_in_sent_at" TIMESTAMP(3),
ADD COLUMN     "check_out_late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "check_out_received_at" TIMESTAMP(3),
ADD COLUMN     "check_out_sent_at" TIMESTAMP(3),
ADD COLUMN     "location_verified_at" TIMESTAMP(3),
ADD COLUMN     "location_verified_distance_m" DOUBLE PRECISION,
ADD COLUMN     "location_verified_latitude" DOUBLE PRECISION,
ADD COLUMN     "location_verified_longitude" DOUBLE PRECISION,
ADD COLUMN     "location_verified_source_id" TEXT,
ADD COLUMN     "short_day" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "service_days_location_verified_source_id_key" ON "service_days"("location_verified_source_id");
