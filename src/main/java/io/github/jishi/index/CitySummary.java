package io.github.jishi.index;

/** A city or province the index has events for, with their count. */
public record CitySummary(String name, int events) {}
