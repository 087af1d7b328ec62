package io.github.jishi.index;

import io.github.jishi.internal.text.TextNormalizer;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link JishiCharFilter}, registered with Lucene's analysis SPI as {@value #NAME}.
 *
 * <pre>{@code
 * <charFilter name="jishi"/>
 * }</pre>
 *
 * <p>It takes no parameters. It also folds the terms of wildcard, prefix and range queries
 * ({@link #normalize}), so {@code 創新*} finds {@code 创新应用}.
 */
public final class JishiCharFilterFactory extends CharFilterFactory {
  /** The SPI name: {@code <charFilter name="jishi"/>}. */
  public static final String NAME = "jishi";

  private static final TextNormalizer NORMALIZER = TextNormalizer.create();

  /** A factory with no parameters. */
  public JishiCharFilterFactory() {
    this(new HashMap<>());
  }

  /**
   * The constructor Lucene's SPI calls; {@code args} must be empty.
   *
   * @param args the factory's parameters: none are known
   * @throws IllegalArgumentException when {@code args} is not empty
   */
  public JishiCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters for charFilter " + NAME + ": " + args);
    }
  }

  @Override
  public Reader create(Reader input) {
    return new JishiCharFilter(input, NORMALIZER);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
