#pragma once

#include "RecordStore.h"
#include "SimConfig.h"

// Fills a RecordStore with the configured seed data (standard descriptors, the LEA and its
// schools) in every school year, through the same validation a client's POST goes through.
class StoreSeeder
{
public:
    // Returns false with a message when the configured seed does not validate.
    static bool seed(const SimConfig &config, RecordStore *store, QString *error);
};
