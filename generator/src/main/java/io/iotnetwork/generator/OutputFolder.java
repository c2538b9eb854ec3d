package io.iotnetwork.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * Writes a network's files into its folder so that no half-written output is ever left behind:
 * the files go to a temporary sibling folder first, which then replaces the folder in one move. A
 * script ({@code deploy.sh}) is made executable where the file system allows it.
 */
public final class OutputFolder {
  private OutputFolder() {}

  /**
   * Replaces {@code folder} with exactly {@code files}. On failure the previous folder (if any) is
   * left as it was and the temporary folder is removed.
   */
  public static void replace(Path folder, GeneratedFiles files) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + folder.getFileName() + ".tmp-");
    try {
      for (Map.Entry<String, byte[]> file : files.files().entrySet()) {
        Path target = staging.resolve(file.getKey()).normalize();
        if (!target.startsWith(staging)) {
          throw new IllegalStateException("bug: generated file escapes its folder: " + file.getKey());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
        if (file.getKey().endsWith(".sh")) {
          target.toFile().setExecutable(true, false);
        }
      }
      swapIn(staging, folder);
    } finally {
      deleteRecursively(staging);
    }
  }

  private static void swapIn(Path staging, Path folder) throws IOException {
    Path retired = null;
    if (Files.exists(folder)) {
      retired = Files.createTempDirectory(folder.toAbsolutePath().getParent(), "." + folder.getFileName() + ".old-");
      Files.delete(retired);
      move(folder, retired);
    }
    try {
      move(staging, folder);
    } catch (IOException e) {
      if (retired != null) {
        move(retired, folder);
      }
      throw e;
    }
    if (retired != null) {
      deleteRecursively(retired);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Deletes {@code path} and everything below it, if it exists. */
  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
        Files.delete(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
