package io.iotnetwork.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's code snippets are the samples' real, compiling code. */
class ReadmeTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- snippet: (\\S+) -->\\n( *)```java\\n(.*?)\\n\\s*```", Pattern.DOTALL);

  @Test
  void everySnippetIsCopiedVerbatimFromItsSample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher snippets = SNIPPET.matcher(readme);
    int count = 0;
    while (snippets.find()) {
      count++;
      String source = Files.readString(Path.of("..", snippets.group(1)));
      String fenceIndent = snippets.group(2);
      String snippet = snippets.group(3).lines()
          .map(line -> line.startsWith(fenceIndent) ? line.substring(fenceIndent.length()) : line)
          .reduce("", (text, line) -> text + line + "\n");
      assertThat(source).as("README snippet from %s", snippets.group(1)).contains(snippet);
    }
    assertThat(count).isPositive();
  }
}
