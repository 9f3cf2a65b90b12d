-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_role_grants" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "person_id" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "institution_id" INTEGER,
    "region_id" INTEGER,
    "tour_team_id" INTEGER,
    "granted_by_id" INTEGER,
    "granted_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_by_id" INTEGER,
    "revoked_at" DATETIME,
    CONSTRAINT "role_grants_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "role_grants_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "role_grants_region_id_fkey" FOREIGN KEY ("region_id") REFERENCES "regions" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "role_grants_tour_team_id_fkey" FOREIGN KEY ("tour_team_id") REFERENCES "tour_teams" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_role_grants" ("granted_at", "granted_by_id", "id", "institution_id", "person_id", "region_id", "revoked_at", "revoked_by_id", "role") SELECT "granted_at", "granted_by_id", "id", "institution_id", "person_id", "region_id", "revoked_at", "revoked_by_id", "role" FROM "role_grants";
DROP TABLE "role_grants";
ALTER TABLE "new_role_grants" RENAME TO "role_grants";
CREATE INDEX "role_grants_person_id_idx" ON "role_grants"("person_id");
CREATE INDEX "role_grants_institution_id_idx" ON "role_grants"("institution_id");
CREATE INDEX "role_grants_region_id_idx" ON "role_grants"("region_id");
CREATE INDEX "role_grants_tour_team_id_idx" ON "role_grants"("tour_team_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
