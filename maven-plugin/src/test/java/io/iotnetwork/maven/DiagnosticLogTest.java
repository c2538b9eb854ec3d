package io.iotnetwork.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.Region;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.dsl.IotHub;
import io.iotnetwork.dsl.IotNetwork;
import io.iotnetwork.dsl.Subnet;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.model.IotNetworkSpec;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A fleet's build log: every error and warning, and of many identical notes the first few and a count. */
class DiagnosticLogTest {

  @Test
  void repeatedNotesAreSummarizedWhileEveryWarningIsLogged() {
    List<Diagnostic> all = new ArrayList<>();
    IntStream.range(0, 120).forEach(i -> all.add(Diagnostic.info("deployment-path", "iotHub[hub-" + i + "]",
        SourceLocation.UNKNOWN, "two steps", "nothing to do")));
    IntStream.range(0, 5).forEach(i -> all.add(Diagnostic.warning("private-endpoint-without-dns",
        "iotHub[hub-" + i + "]", SourceLocation.UNKNOWN, "no DNS", "link the zones")));
    RecordingLog log = new RecordingLog();

    DiagnosticLog.log(log, "fleet", new Diagnostics(all));

    assertThat(log.lines).filteredOn(line -> line.startsWith("info: [fleet] deployment-path")).hasSize(3);
    assertThat(log.lines).filteredOn(line -> line.startsWith("debug: [fleet] deployment-path")).hasSize(117);
    assertThat(log.lines).filteredOn(line -> line.startsWith("warn: ")).hasSize(5);
    assertThat(log.lines).contains("info: [fleet] ... and 117 more deployment-path notes like these (mvn -X shows "
        + "them all)");
  }

  @Test
  void aFewNotesOfOneRuleAreAllLogged() {
    List<Diagnostic> all = new ArrayList<>();
    IntStream.range(0, 5).forEach(i -> all.add(Diagnostic.info("deployment-path", "iotHub[hub-" + i + "]",
        SourceLocation.UNKNOWN, "two steps", "nothing to do")));
    RecordingLog log = new RecordingLog();

    DiagnosticLog.log(log, "net", new Diagnostics(all));

    assertThat(log.lines).hasSize(5).allMatch(line -> line.startsWith("info: [net] deployment-path"));
  }

  @Test
  void aLineBreakInAHubNameCannotForgeALogLine() {
    String name = "hub\n[ERROR] forged";
    IotNetworkSpec spec = IotNetwork.define("net").inRegion(Region.EUROPE_WEST)
        .withIotHub(IotHub.define(name).withSku(IotHubSku.S1, 1)
            .definePrivateEndpoint("pe-hub").inSubnet(Subnet.existing("/subscriptions/"
                + "00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/"
                + "virtualNetworks/vnet-iot/subnets/snet-pe")).attach()
            .build())
        .build();
    Diagnostics diagnostics = Generator.generate(spec).diagnostics();
    assertThat(diagnostics.all()).extracting(Diagnostic::ruleId).contains("iot-hub-name");
    RecordingLog log = new RecordingLog();

    DiagnosticLog.log(log, "net", diagnostics);

    assertThat(log.lines).hasSize(diagnostics.all().size()).noneMatch(line -> line.contains("\n"));
    assertThat(log.lines).filteredOn(line -> line.startsWith("error: [net] iot-hub-name at iotHub[hub\\n[ERROR] forged]"))
        .singleElement().asString().contains("'hub\\n[ERROR] forged'");
  }
}
