package io.github.jishi.index;

/**
 * A city or province the index has events for, with their count.
 *
 * @param name the place's canonical name
 * @param events events in it
 */
public record CitySummary(String name, int events) {}
