package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * The README names this build's version in its pom snippet (the invoker case {@code readme-pom} builds
 * that snippet) and in its help command, and pins the compiler and surefire versions this build uses.
 */
class ReadmePomTest {
  private static final Pattern POM_SNIPPET =
      Pattern.compile("Then add the DSL and the plugin to your `pom.xml`:\\n\\n *```xml\\n(.*?)\\n *```", Pattern.DOTALL);

  private static Document snippet;
  private static Document build;

  @BeforeAll
  static void parse() throws Exception {
    Matcher found = POM_SNIPPET.matcher(Files.readString(Path.of("..", "README.md")));
    assertThat(found.find()).as("README.md has the pom snippet of 'Use it in your project'").isTrue();
    snippet = xml("<project>" + found.group(1) + "</project>");
    build = xml(Files.readString(Path.of("..", "pom.xml")));
  }

  @Test
  void theDslAndThePluginAreThisBuildsVersion() throws Exception {
    String version = System.getProperty("project.version");

    assertThat(text(snippet, "/project/dependencies/dependency[artifactId='iot-network-dsl']/version")).isEqualTo(version);
    assertThat(text(snippet, "/project/build/plugins/plugin[artifactId='iot-network-maven-plugin']/version"))
        .isEqualTo(version);
  }

  @Test
  void theHelpCommandForAnyFolderNamesThisBuildsVersion() throws Exception {
    assertThat(Files.readString(Path.of("..", "README.md")))
        .contains("`mvn io.iotnetwork:iot-network-maven-plugin:" + System.getProperty("project.version") + ":help -Ddetail`");
  }

  @Test
  void theCompilerAndSurefirePinsAreTheVersionsThisBuildUses() throws Exception {
    for (String plugin : List.of("maven-compiler-plugin", "maven-surefire-plugin")) {
      String used = text(build, "/project/build/pluginManagement/plugins/plugin[artifactId='" + plugin + "']/version");

      assertThat(used).as(plugin + " in pom.xml").isNotEmpty();
      assertThat(text(snippet, "/project/build/plugins/plugin[artifactId='" + plugin + "']/version"))
          .as(plugin + " in README.md").isEqualTo(used);
    }
    assertThat(text(snippet, "/project/build/plugins/plugin[artifactId='maven-compiler-plugin']/configuration/release"))
        .isEqualTo(text(build, "/project/properties/maven.compiler.release"));
  }

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  private static String text(Document document, String path) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(path, document).strip();
  }
}
