package io.restwell.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** The command line's {@code --name value} options. */
public final class Args {

    private final String[] words;

    public Args(String[] words) {
        this.words = words.clone();
    }

    public String text(String name, String fallback) {
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].equals(name)) {
                return words[i + 1];
            }
        }
        return fallback;
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(text(name, String.valueOf(fallback)));
    }

    /** A comma-separated list of numbers, say {@code --rates 1,2,4}. */
    public List<Double> numbers(String name, String fallback) {
        List<Double> numbers = new ArrayList<>();
        for (String number : text(name, fallback).split(",")) {
            numbers.add(Double.parseDouble(number.trim()));
        }
        return numbers;
    }
}
