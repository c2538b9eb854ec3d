package io.iotnetwork.maven;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a network's folder into one zip, so that a Bicep file and the modules it references travel
 * together. Entries are sorted and carry a fixed time, so the same files give the same bytes.
 */
final class TemplateArchive {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private TemplateArchive() {}

  /** Writes the zip of {@code folder}'s files to {@code archive}. */
  static void write(Path folder, Path archive) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
    try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path file : files) {
        ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace('\\', '/'));
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    }
    Files.move(partial, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
