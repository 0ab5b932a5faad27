package io.restwell.journal.domain;

/** Where an imported night was measured: the health store or service it was read from. */
public enum SourcePlatform {
    HEALTH_CONNECT,
    HEALTHKIT,
    FITBIT
}
