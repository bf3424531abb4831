package com.huoke.lead.imports;

/** {@link LeadImportApiScenario} on the embedded H2 database. */
class H2LeadImportApiTest extends LeadImportApiScenario {}
