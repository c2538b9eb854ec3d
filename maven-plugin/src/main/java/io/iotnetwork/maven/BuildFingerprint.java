package io.iotnetwork.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a generation depends on, hashed: the plugin's version, its jar and the jars it runs with (the
 * generator among them, which a snapshot may change under the same plugin jar), the goal's settings, and the
 * project's classpath (every class file of its output folders byte by byte; each dependency jar by
 * path, size and time). Unchanged fingerprint, unchanged templates.
 */
final class BuildFingerprint {
  private BuildFingerprint() {}

  /** The fingerprint as hex. */
  static String of(String pluginVersion, List<Path> pluginJars, List<String> settings, List<String> classpath) {
    MessageDigest digest = Sha256.digest();
    update(digest, "plugin " + pluginVersion);
    pluginJars.forEach(jar -> fileStamp(digest, jar));
    settings.forEach(setting -> update(digest, "setting " + setting));
    for (String element : classpath) {
      Path path = Path.of(element);
      if (Files.isDirectory(path)) {
        folderContents(digest, path);
      } else {
        fileStamp(digest, path);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * A SHA-256 of what {@code location} holds, as hex: a folder's files by relative path and bytes, or a
   * file's bytes.
   */
  static String contentsOf(Path location) {
    MessageDigest digest = Sha256.digest();
    if (Files.isDirectory(location)) {
      folderContents(digest, location);
    } else {
      try {
        digest.update(Files.readAllBytes(location));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void folderContents(MessageDigest digest, Path folder) {
    update(digest, "folder " + folder);
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        update(digest, "file " + folder.relativize(file).toString().replace('\\', '/'));
        digest.update(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fileStamp(MessageDigest digest, Path file) {
    try {
      update(digest, "jar " + file + " " + (Files.exists(file)
          ? Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() : "absent"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void update(MessageDigest digest, String text) {
    digest.update(text.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
  }
}
