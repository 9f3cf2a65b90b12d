-- CreateEnum
CREATE TYPE "CoordinateSystem" AS ENUM ('WGS84', 'GCJ02');

-- CreateEnum
CREATE TYPE "ReadingPurpose" AS ENUM ('CHECK_IN', 'CHECK_OUT');

-- CreateEnum
CREATE TYPE "ReadingVerdict" AS ENUM ('WITHIN_FENCE', 'OUTSIDE_FENCE', 'POOR_ACCURACY', 'CLINIC_UNPLACED');

-- AlterEnum
ALTER TYPE "CheckMethod" ADD VALUE 'DEVICE';

-- AlterTable
ALTER TABLE "institutions" ADD COLUMN     "coordinate_system" "CoordinateSystem" NOT NULL DEFAULT 'WGS84';

-- CreateTable
CREATE TABLE "location_readings" (
    "id" SERIAL NOT NULL,
    "person_id" INTEGER NOT NULL,
    "institution_id" INTEGER,
    "service_day_id" INTEGER,
    "purpose" "ReadingPurpose" NOT NULL,
    "source" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "accuracy_m" DOUBLE PRECISION NOT NULL,
    "coordinate_system" "CoordinateSystem" NOT NULL,
    "device_time" TIMESTAMP(3),
    "received_at" TIMESTAMP(3) NOT NULL,
    "distance_m" DOUBLE PRECISION,
    "radius_m" INTEGER NOT NULL,
    "verdict" "ReadingVerdict" NOT NULL,
    "link_id" TEXT NOT NULL,

    CONSTRAINT "location_readings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "checkin_link_uses" (
    "id" SERIAL NOT NULL,
    "link_id" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "used_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "checkin_link_uses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "location_readings_service_day_id_idx" ON "location_readings"("service_day_id");

-- CreateIndex
CREATE INDEX "location_readings_person_id_received_at_idx" ON "location_readings"("person_id", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "checkin_link_uses_link_id_key" ON "checkin_link_uses"("link_id");

-- AddForeignKey
ALTER TABLE "location_readings" ADD CONSTRAINT "location_readings_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_readings" ADD CONSTRAINT "location_readings_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "location_readings" ADD CONSTRAINT "location_readings_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days"("id") ON DELETE SET NULL ON UPDATE CASCADE;
