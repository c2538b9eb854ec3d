package io.iotnetwork.generator;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a network's files into its folder so that no half-written output is ever left behind:
 * the files go to a staging sibling {@code .<name>.tmp-<suffix>} first, which then replaces the folder
 * by renames (the previous folder is moved to {@code .<name>.old-<suffix>} and deleted). Folders are
 * created like any other directory, so they get the permissions the umask gives, not {@code 0700}. A
 * script ({@code deploy.sh}) is made executable where the file system allows it.
 */
public final class OutputFolder {
  private static final String STAGING = "tmp";
  private static final String RETIRED = "old";
  /** A staging or retired sibling: {@code .<name>.tmp-<suffix>} or {@code .<name>.old-<suffix>}. */
  private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(" + STAGING + "|" + RETIRED + ")-[0-9a-z]+");

  private OutputFolder() {}

  /**
   * Replaces {@code folder} with exactly {@code files}. On failure the previous folder (if any) is
   * left as it was and the staging folder is removed.
   */
  public static void replace(Path folder, GeneratedFiles files) throws IOException {
    Path staging = stage(folder);
    try {
      write(staging, files.files());
      publish(staging, folder);
    } finally {
      deleteRecursively(staging);
    }
  }

  /**
   * Creates and returns an empty staging folder beside {@code folder} (and {@code folder}'s parent if
   * needed); fill it, then {@link #publish} it. The caller deletes it when publishing fails.
   */
  public static Path stage(Path folder) throws IOException {
    Path parent = folder.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    while (true) {
      try {
        return Files.createDirectory(sibling(folder, STAGING));
      } catch (FileAlreadyExistsException taken) {
        // another suffix
      }
    }
  }

  /** Writes {@code files} (by path relative to {@code root}) below {@code root}. */
  public static void write(Path root, Map<String, byte[]> files) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = base.resolve(file.getKey()).normalize();
      if (!target.startsWith(base) || target.equals(base)) {
        throw new IllegalStateException("bug: generated file escapes its folder: " + file.getKey());
      }
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
      if (file.getKey().endsWith(".sh")) {
        target.toFile().setExecutable(true, false);
      }
    }
  }

  /**
   * Puts the filled {@code staging} folder in the place of {@code folder}: the previous folder is
   * renamed away, the staging folder renamed into place, and the previous one deleted. When the second
   * rename fails, the previous folder is put back.
   */
  public static void publish(Path staging, Path folder) throws IOException {
    Path retired = null;
    if (Files.exists(folder)) {
      retired = retire(folder);
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

  /**
   * Removes {@code folder}, if it exists, in one step as far as readers can see: it is renamed away
   * first, then deleted. Returns whether there was one.
   */
  public static boolean remove(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return false;
    }
    deleteRecursively(retire(folder));
    return true;
  }

  /**
   * Deletes the staging and retired folders an interrupted run left in {@code parent} and returns
   * them; nothing when {@code parent} does not exist.
   */
  public static List<Path> removeLeftovers(Path parent) throws IOException {
    List<Path> removed = new ArrayList<>();
    if (!Files.isDirectory(parent)) {
      return removed;
    }
    List<Path> leftovers;
    try (Stream<Path> children = Files.list(parent)) {
      leftovers = children.filter(child -> LEFTOVER.matcher(child.getFileName().toString()).matches())
          .filter(Files::isDirectory).sorted().toList();
    }
    for (Path leftover : leftovers) {
      deleteRecursively(leftover);
      removed.add(leftover);
    }
    return removed;
  }

  private static Path retire(Path folder) throws IOException {
    Path retired = sibling(folder, RETIRED);
    while (Files.exists(retired)) {
      retired = sibling(folder, RETIRED);
    }
    move(folder, retired);
    return retired;
  }

  private static Path sibling(Path folder, String kind) {
    String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), Character.MAX_RADIX);
    return folder.toAbsolutePath().resolveSibling("." + folder.getFileName() + "." + kind + "-" + suffix);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /**
   * Deletes {@code path} and everything below it, if it exists; a file that is gone before it is
   * reached (another process removing its own) is passed over.
   */
  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
        if (failure instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw failure;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
        if (failure != null && !(failure instanceof NoSuchFileException)) {
          throw failure;
        }
        Files.deleteIfExists(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
