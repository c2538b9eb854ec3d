package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** User values reach the build log on one line: their line breaks and other control characters as escapes. */
class LogTextTest {

  /** A definition whose DSL call fails with a message holding a line break. */
  public static final class ForgingNetwork implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      throw new IllegalArgumentException("bad name\n[ERROR] forged");
    }
  }

  @Test
  void everyControlCharacterIsWrittenAsAJavaEscape() {
    assertThat(LogText.escape("a\nb\rc\td\u0000e\u001bf\u007fg\u0085h\u2028i\u2029j\\k"))
        .isEqualTo("a\\nb\\rc\\td\\u0000e\\u001bf\\u007fg\\u0085h\\u2028i\\u2029j\\k");
  }

  @Test
  void aFailureMessageFromTheUsersCodeStaysOneLine() {
    ValidateMojo mojo = new ValidateMojo();
    mojo.definitions = List.of(ForgingNetwork.class.getName());

    assertThatThrownBy(() -> mojo.compileAll(List.of()))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("bad name\\n[ERROR] forged")
        .hasMessageNotContaining("\n");
  }
}
