-- AlterTable
ALTER TABLE "location_readings" ADD COLUMN     "source_id" TEXT,
ALTER COLUMN "accuracy_m" DROP NOT NULL,
ALTER COLUMN "coordinate_system" DROP NOT NULL,
ALTER COLUMN "link_id" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "location_readings_source_id_key" ON "location_readings"("source_id");
