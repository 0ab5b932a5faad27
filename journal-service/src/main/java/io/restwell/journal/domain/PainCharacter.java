package io.restwell.journal.domain;

/** How it hurts (docs/architecture.md): aching and stiff pain suits deep work, sharp or shooting pain and spasms trigger-point work. */
public enum PainCharacter {
    ACHING, STIFF, SHARP, SHOOTING, SPASM
}
