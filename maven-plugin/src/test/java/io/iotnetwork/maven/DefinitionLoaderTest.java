package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.model.IotNetworkSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionLoaderTest {

  /** A definition as a user writes it. */
  public static final class SmallNetwork implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      return IotNetwork.define("small").inRegion(Region.EUROPE_WEST)
          .withIotHub(IotHub.define("small-hub").withSku(IotHubSku.S1, 1).build()).build();
    }
  }

  /** A definition whose DSL call fails. */
  public static final class ThrowingNetwork implements NetworkDefinition {
    @Override
    public IotNetworkSpec network() {
      return IotNetwork.define("throws").inRegion(null).build();
    }
  }

  @Test
  void aProjectWithoutDefinitionsIsToldHowToRegisterOne(@TempDir Path classes) {
    assertThatThrownBy(() -> DefinitionLoader.load(List.of(classes.toString()), List.of()))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("No network definition found")
        .hasMessageContaining("META-INF/services/io.iotnetwork.dsl.NetworkDefinition")
        .hasMessageContaining("<definitions>");
  }

  @Test
  void definitionsListedInServiceFilesAndByNameAreRunOnce(@TempDir Path classes) throws Exception {
    Path services = classes.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve("io.iotnetwork.dsl.NetworkDefinition"), SmallNetwork.class.getName() + "\n");

    List<LoadedDefinition> loaded = DefinitionLoader.load(List.of(classes.toString()),
        List.of(SmallNetwork.class.getName()));

    assertThat(loaded).extracting(d -> d.spec().id()).containsExactly("small");
  }

  @Test
  void anUnknownClassNameIsAUserError() {
    assertThatThrownBy(() -> DefinitionLoader.load(List.of(), List.of("com.contoso.Missing")))
        .isInstanceOf(UserError.class).hasMessageContaining("com.contoso.Missing is not on the project's classpath");
  }

  @Test
  void aClassThatIsNoDefinitionIsAUserError() {
    assertThatThrownBy(() -> DefinitionLoader.load(List.of(), List.of(String.class.getName())))
        .isInstanceOf(UserError.class).hasMessageContaining("does not implement io.iotnetwork.dsl.NetworkDefinition");
  }

  @Test
  void aDefinitionThatThrowsIsReportedInOneLineWithItsSourceLine() {
    assertThatThrownBy(() -> DefinitionLoader.load(List.of(), List.of(ThrowingNetwork.class.getName())))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("threw while describing its network: NullPointerException: region")
        .hasMessageContaining("(at DefinitionLoaderTest.java:");
  }
}
