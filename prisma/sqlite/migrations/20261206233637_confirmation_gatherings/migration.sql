-- CreateTable
CREATE TABLE "confirmation_gatherings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "head_id" INTEGER NOT NULL,
    "opened_at" DATETIME NOT NULL,
    "closes_at" DATETIME NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "confirmation_gatherings_head_id_fkey" FOREIGN KEY ("head_id") REFERENCES "people" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "confirmation_gathering_items" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "gathering_id" INTEGER NOT NULL,
    "head_id" INTEGER NOT NULL,
    "service_day_id" INTEGER NOT NULL,
    CONSTRAINT "confirmation_gathering_items_gathering_id_fkey" FOREIGN KEY ("gathering_id") REFERENCES "confirmation_gatherings" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "confirmation_gathering_items_service_day_id_fkey" FOREIGN KEY ("service_day_id") REFERENCES "service_days" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "confirmation_gatherings_head_id_closes_at_idx" ON "confirmation_gatherings"("head_id", "closes_at");

-- CreateIndex
CREATE INDEX "confirmation_gathering_items_gathering_id_idx" ON "confirmation_gathering_items"("gathering_id");

-- CreateIndex
CREATE INDEX "confirmation_gathering_items_service_day_id_idx" ON "confirmation_gathering_items"("service_day_id");

-- CreateIndex
CREATE UNIQUE INDEX "confirmation_gathering_items_head_id_service_day_id_key" ON "confirmation_gathering_items"("head_id", "service_day_id");
