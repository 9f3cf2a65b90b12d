-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_location_readings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "institution_id" INTEGER,
    "service_day_id" INTEGER,
    "purpose" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "accuracy_m" REAL,
    "coordinate_system" TEXT,
    "device_time" DATETIME,
    "received_at" DATETIME NOT NULL,
    "distance_m" REAL,
    "radius_m" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "link_id" TEXT,
    "source_id" TEXT,
    CONSTRAINT "location_readings_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "location_readings_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "location_readings_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_location_readings" ("accuracy_m", "coordinate_system", "device_time", "distance_m", "id", "institution_id", "latitude", "link_id", "longitude", "person_id", "purpose", "radius_m", "received_at", "service_day_id", "source", "verdict") SELECT "accuracy_m", "coordinate_system", "device_time", "distance_m", "id", "institution_id", "latitude", "link_id", "longitude", "person_id", "purpose", "radius_m", "received_at", "service_day_id", "source", "verdict" FROM "location_readings";
DROP TABLE "location_readings";
ALTER TABLE "new_location_readings" RENAME TO "location_readings";
CREATE UNIQUE INDEX "location_readings_source_id_key" ON "location_readings"("source_id");
CREATE INDEX "location_readings_service_day_id_idx" ON "location_readings"("service_day_id");
CREATE INDEX "location_readings_person_id_received_at_idx" ON "location_readings"("person_id", "received_at");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
