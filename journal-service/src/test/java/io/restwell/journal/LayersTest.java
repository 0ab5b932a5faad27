package io.restwell.journal;

import io.restwell.local.testing.architecture.LayerRules;

/** The layer rules of docs/architecture.md, checked on this service's classes. */
class LayersTest extends LayerRules {

    LayersTest() {
        super("io.restwell.journal");
    }
}
