package io.iotnetwork.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a network's files into one zip, so that a Bicep file and the modules it references travel
 * together. Entries are sorted and carry a fixed time, so the same files give the same bytes.
 */
final class TemplateArchive {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private TemplateArchive() {}

  /** Writes the zip of {@code files} (contents by relative path) to {@code archive}. */
  static void write(SortedMap<String, byte[]> files, Path archive) throws IOException {
    try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
    }
  }
}
