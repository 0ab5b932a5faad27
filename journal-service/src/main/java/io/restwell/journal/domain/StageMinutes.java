package io.restwell.journal.domain;

/** Minutes per stage of an imported night (stages the source did not report are 0). */
public record StageMinutes(int awake, int light, int deep, int rem, int outOfBed, int asleepUnspecified) {

    public int asleep() {
        return light + deep + rem + asleepUnspecified;
    }
}
