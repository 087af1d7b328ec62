/**
 * The {@code jishi} command line (picocli): thin subcommands over {@link io.github.jishi.Jishi}.
 * Not an API: run it with {@code java -jar jishi-VERSION-cli.jar} or {@code ./jishi}.
 */
package io.github.jishi.cli;
