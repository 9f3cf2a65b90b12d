-- AlterEnum
ALTER TYPE "ReadingPurpose" ADD VALUE 'SPOT_CHECK';

-- AlterTable
ALTER TABLE "location_readings" ADD COLUMN     "spot_check_key" TEXT;

-- CreateIndex
CREATE INDEX "location_readings_spot_check_key_idx" ON "location_readings"("spot_check_key");
