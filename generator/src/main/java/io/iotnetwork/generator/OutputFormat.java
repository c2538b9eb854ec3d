package io.iotnetwork.generator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two template languages the generator writes; both describe the same deployment. */
public enum OutputFormat {
  /** {@code azuredeploy.json} and {@code azuredeploy.parameters.json} (of every stage, when staged). */
  ARM(".json"),
  /** {@code main.bicep}, {@code main.bicepparam} and {@code modules/*.bicep} (of every stage, when staged). */
  BICEP(".bicep", ".bicepparam");

  private final String[] suffixes;

  OutputFormat(String... suffixes) {
    this.suffixes = suffixes;
  }

  /** True when the generated file at {@code path} belongs to this format. */
  public boolean owns(String path) {
    return Arrays.stream(suffixes).anyMatch(path::endsWith);
  }

  /** The format named {@code name} ({@code arm} or {@code bicep}, any case). */
  public static Optional<OutputFormat> named(String name) {
    return Arrays.stream(values()).filter(format -> format.name().equals(name.strip().toUpperCase(Locale.ROOT)))
        .findFirst();
  }
}
