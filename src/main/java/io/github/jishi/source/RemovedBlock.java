package io.github.jishi.source;

import java.util.Objects;

/** A piece of the page that was cut as chrome, with the reason, so a user can see why. */
public record RemovedBlock(String reason, String text) {
  public RemovedBlock {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
  }
}
