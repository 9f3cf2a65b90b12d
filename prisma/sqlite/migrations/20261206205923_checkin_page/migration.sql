-- CreateTable
CREATE TABLE "location_readings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "institution_id" INTEGER,
    "service_day_id" INTEGER,
    "purpose" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "accuracy_m" REAL NOT NULL,
    "coordinate_system" TEXT NOT NULL,
    "device_time" DATETIME,
    "received_at" DATETIME NOT NULL,
    "distance_m" REAL,
    "radius_m" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "link_id" TEXT NOT NULL,
    CONSTRAINT "location_readings_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "location_readings_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "location_readings_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "checkin_link_uses" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "link_id" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "used_at" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_institutions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "region_id" INTEGER NOT NULL,
    "region_path" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "latitude" REAL,
    "longitude" REAL,
    "coordinate_system" TEXT NOT NULL DEFAULT 'WGS84',
    "geofence_radius_m" INTEGER,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "institutions_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_institutions" ("address", "aliases", "code", "created_at", "geofence_radius_m", "id", "kind", "latitude", "longitude", "name", "region_id", "region_path") SELECT "address", "aliases", "code", "created_at", "geofence_radius_m", "id", "kind", "latitude", "longitude", "name", "region_id", "region_path" FROM "institutions";
DROP TABLE "institutions";
ALTER TABLE "new_institutions" RENAME TO "institutions";
CREATE UNIQUE INDEX "institutions_code_key" ON "institutions"("code");
CREATE INDEX "institutions_region_path_idx" ON "institutions"("region_path");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "location_readings_service_day_id_idx" ON "location_readings"("service_day_id");

-- CreateIndex
CREATE INDEX "location_readings_person_id_received_at_idx" ON "location_readings"("person_id", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "checkin_link_uses_link_id_key" ON "checkin_link_uses"("link_id");
