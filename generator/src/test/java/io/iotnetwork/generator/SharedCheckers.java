package io.iotnetwork.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The two independent checkers in {@code ../shared/tools}: Microsoft's ARM template schemas
 * ({@code arm-validate}) and the tree-sitter Bicep grammar ({@code bicep-syntax}). Tests use them
 * when {@code ../shared} sits beside the checkout, and say so visibly when it does not.
 */
public final class SharedCheckers {
  private SharedCheckers() {}

  /** The outcome of one checker run. */
  public record Run(int exitCode, String output) {
    public boolean passed() {
      return exitCode == 0;
    }
  }

  /** The shared folder, when present (system property {@code iotnetwork.shared.dir}, set by the build). */
  public static Optional<Path> sharedDir() {
    String configured = System.getProperty("iotnetwork.shared.dir");
    if (configured == null) {
      return Optional.empty();
    }
    Path dir = Path.of(configured).toAbsolutePath().normalize();
    return Files.isDirectory(dir.resolve("tools")) ? Optional.of(dir) : Optional.empty();
  }

  /**
   * The shared folder; when it is absent, prints a visible SKIPPED line for {@code testName} and
   * aborts the calling test (a JUnit assumption).
   */
  public static Path assumeSharedDir(String testName) {
    Optional<Path> found = sharedDir();
    if (found.isEmpty()) {
      System.out.println("SKIPPED " + testName + ": ../shared (with tools/arm-validate and tools/bicep-syntax) "
          + "is not beside this checkout; the independent checkers did not run.");
    }
    Assumptions.assumeTrue(found.isPresent(), "../shared not found: independent checkers skipped");
    return found.get();
  }

  /** Runs {@code arm-validate} on {@code files}. */
  public static Run armValidate(Path shared, List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(shared.resolve("tools/arm-validate/arm-validate").toString()));
    files.forEach(file -> command.add(file.toString()));
    return run(command);
  }

  /** Runs {@code bicep-syntax} on every {@code .bicep} file below {@code folder}. */
  public static Run bicepSyntax(Path shared, Path folder) throws IOException, InterruptedException {
    return run(List.of(shared.resolve("tools/bicep-syntax/bicep-syntax").toString(), folder.toString()));
  }

  /** Runs {@code arm-validate} on {@code files}, prints what it said, and asserts every file valid. */
  public static Run assertArmValid(Path shared, List<Path> files) throws IOException, InterruptedException {
    Run run = armValidate(shared, files);
    System.out.println(run.output());
    org.assertj.core.api.Assertions.assertThat(run.passed()).as(run.output()).isTrue();
    org.assertj.core.api.Assertions.assertThat(run.output()).contains(files.size() + " valid, 0 invalid");
    return run;
  }

  /**
   * Runs {@code bicep-syntax} below {@code folder}, prints what it said, asserts every {@code .bicep}
   * file there clean, and returns how many there are.
   */
  public static long assertBicepClean(Path shared, Path folder) throws IOException, InterruptedException {
    Run run = bicepSyntax(shared, folder);
    System.out.println(run.output());
    org.assertj.core.api.Assertions.assertThat(run.passed()).as(run.output()).isTrue();
    long bicepFiles;
    try (var files = Files.walk(folder)) {
      bicepFiles = files.filter(path -> path.toString().endsWith(".bicep")).count();
    }
    org.assertj.core.api.Assertions.assertThat(run.output()).contains(bicepFiles + " clean, 0 with syntax errors");
    return bicepFiles;
  }

  /** Runs {@code bicep-syntax} on {@code files}. */
  public static Run bicepSyntax(Path shared, List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(shared.resolve("tools/bicep-syntax/bicep-syntax").toString()));
    files.forEach(file -> command.add(file.toString()));
    return run(command);
  }

  private static Run run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Run(-1, "timed out: " + command);
    }
    return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
