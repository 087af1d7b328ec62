package io.github.jishi.index;

/** Turns what a user typed into what the index holds: simplified script, place codes. */
public interface QueryResolver {
  /**
   * The query string folded like indexed text (traditional to simplified, widths).
   *
   * @param query what the user typed
   * @return the folded string
   */
  String normalize(String query);

  /**
   * The places a city filter means.
   *
   * @param name a place's name, already {@linkplain #normalize(String) normalized}
   * @return the codes and names to match
   * @throws io.github.jishi.JishiException when the name is no known place, with a suggestion
   */
  PlaceMatch resolveCity(String name);
}
