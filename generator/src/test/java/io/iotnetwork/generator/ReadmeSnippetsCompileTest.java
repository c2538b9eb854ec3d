package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java blocks show their imports and keep compiling. Each block is marked with the sample it comes
 * from: {@code <!-- sample: samples/../X.java -->} for a complete file, which must equal that file and compiles
 * on its own against the DSL; {@code <!-- excerpt: samples/../X.java -->} for a part, which must be verbatim in
 * that file, and the file compiles.
 */
class ReadmeSnippetsCompileTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^( *)```java\\n(.*?)\\n\\1```", Pattern.DOTALL);
  private static final Pattern MARKER = Pattern.compile("<!-- (sample|excerpt): (\\S+) -->\\n$");

  /** One Java block of the README. */
  private record Block(String kind, Path file, String text) {}

  @Test
  void everyJavaBlockIsACompilingSampleOrAnExcerptOfOne(@TempDir Path classes) throws IOException {
    List<Block> blocks = blocks(Files.readString(Path.of("..", "README.md")));
    assertThat(blocks).isNotEmpty();
    for (Block block : blocks) {
      String source = Files.readString(block.file());
      if (block.kind().equals("sample")) {
        assertThat(block.text()).as("README block for %s is the whole file", block.file()).isEqualTo(source);
        assertCompiles(block.file(), block.text(), classes);
      } else {
        assertThat(source).as("README excerpt of %s", block.file()).contains(block.text());
        assertCompiles(block.file(), source, classes);
      }
    }
    assertThat(blocks).as("a block that declares a class shows the whole file, imports included")
        .filteredOn(block -> block.text().contains("public final class "))
        .allSatisfy(block -> assertThat(block.kind()).isEqualTo("sample"));
  }

  private static List<Block> blocks(String readme) {
    List<Block> blocks = new ArrayList<>();
    Matcher java = JAVA_BLOCK.matcher(readme);
    while (java.find()) {
      String indent = java.group(1);
      String before = readme.substring(0, java.start());
      Matcher marker = MARKER.matcher(before.substring(before.lastIndexOf('\n', before.length() - 2) + 1)
          .stripLeading());
      assertThat(marker.find()).as("the java block at offset %d is marked <!-- sample: .. --> or "
          + "<!-- excerpt: .. -->", java.start()).isTrue();
      String text = java.group(2).lines()
          .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line)
          .collect(Collectors.joining("\n", "", "\n"));
      blocks.add(new Block(marker.group(1), Path.of("..", marker.group(2)), text));
    }
    return blocks;
  }

  private static void assertCompiles(Path file, String source, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + file.getFileName()),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("--release", "17", "-proc:none", "-d", classes.toString(),
        "-classpath", System.getProperty("java.class.path"));
    boolean compiled = compiler.getTask(null, null, diagnostics, options, null, List.of(unit)).call();
    assertThat(compiled).as("%s compiles:%n%s", file, diagnostics.getDiagnostics().stream()
        .map(found -> "line " + found.getLineNumber() + ": " + found.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"))).isTrue();
  }
}
