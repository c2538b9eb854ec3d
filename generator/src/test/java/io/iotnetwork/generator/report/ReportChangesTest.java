package io.iotnetwork.generator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.resourcemanager.iothub.models.PublicNetworkAccess;
import io.iotnetwork.generator.Fixtures;
import io.iotnetwork.generator.GeneratedFiles;
import io.iotnetwork.generator.GenerationResult;
import io.iotnetwork.generator.Generator;
import io.iotnetwork.generator.Scenarios;
import io.iotnetwork.generator.diff.BaselineKind;
import io.iotnetwork.generator.diff.ChangeBaseline;
import io.iotnetwork.generator.diff.GeneratedResources;
import io.iotnetwork.generator.plan.Planner;
import io.iotnetwork.model.IotNetworkSpec;
import org.junit.jupiter.api.Test;

/** The reports' "Changes" section: only with a baseline, a count per class, then every change, most serious first. */
class ReportChangesTest {
  private static final String HUB = "Microsoft.Devices/IotHubs";

  @Test
  void withoutABaselineThereIsNoChangesSection() {
    GeneratedFiles files = Scenarios.files("trusted-egress");

    assertThat(files.text(GeneratedFiles.REPORT_HTML)).doesNotContain("id=\"changes\"", "<h2>Changes</h2>");
    assertThat(files.text(GeneratedFiles.REPORT_MARKDOWN)).doesNotContain("## Changes");
  }

  @Test
  void againstTheSameBuildTheSectionSaysNoChangesAndTheRestOfTheReportIsUnchanged() {
    IotNetworkSpec spec = Scenarios.spec("trusted-egress");
    GeneratedFiles files = generate(spec, baseline("the same build", spec));
    GeneratedFiles plain = Scenarios.files("trusted-egress");

    String html = files.text(GeneratedFiles.REPORT_HTML);
    String markdown = files.text(GeneratedFiles.REPORT_MARKDOWN);
    assertThat(section(html)).contains("<h2>Changes</h2>", "<p class=\"changes-summary\">Against the same build: no changes.</p>")
        .doesNotContain("<table");
    assertThat(markdown).contains("## Changes\n\nAgainst the same build: no changes.\n\n## Topology");
    assertThat(html.replace(section(html) + "\n\n", "")).isEqualTo(plain.text(GeneratedFiles.REPORT_HTML));
    assertThat(markdown.replace("## Changes\n\nAgainst the same build: no changes.\n\n", ""))
        .isEqualTo(plain.text(GeneratedFiles.REPORT_MARKDOWN));
    assertThat(files.text(GeneratedFiles.ARM_TEMPLATE)).isEqualTo(plain.text(GeneratedFiles.ARM_TEMPLATE));
  }

  @Test
  void enablingPublicAccessIsAnOpensAccessRowWithItsRuleId() {
    IotNetworkSpec before = Fixtures.networkWith(Fixtures.privateHub("hub-test").withoutPublicNetworkAccess().build()).build();
    IotNetworkSpec after = Fixtures.networkWith(Fixtures.privateHub("hub-test")
        .withPublicNetworkAccess(PublicNetworkAccess.ENABLED).build()).build();

    GeneratedFiles files = generate(after, baseline("release 1.0.0", before));

    String html = section(files.text(GeneratedFiles.REPORT_HTML));
    assertThat(html).contains("Against release 1.0.0: 1 change.",
        "<tr class=\"error\"><td>opens-access</td><td>1</td></tr>",
        "<tr class=\"change error\" data-risk=\"opens-access\"><td>" + HUB + " &#39;hub-test&#39;</td>"
            + "<td><code>properties.publicNetworkAccess</code></td><td><code>&#39;Disabled&#39;</code></td>"
            + "<td><code>&#39;Enabled&#39;</code></td><td>opens-access</td><td><code>public-network-access-enabled</code></td>");
    assertThat(files.text(GeneratedFiles.REPORT_MARKDOWN)).contains("| opens-access | 1 |", "| immutable | 0 |",
        "| " + HUB + " 'hub-test' | `properties.publicNetworkAccess` | `'Disabled'` | `'Enabled'` | opens-access"
            + " | `public-network-access-enabled` | ");
  }

  @Test
  void aResourceTheBaselineHeldAndTheBuildDropsIsDestructiveAndListedAfterWhatOpensAccess() {
    IotNetworkSpec before = Fixtures.networkWith(Fixtures.privateHub("hub-test").withoutPublicNetworkAccess().build(),
        Fixtures.privateHub("hub-gone").build()).build();
    IotNetworkSpec after = Fixtures.networkWith(Fixtures.privateHub("hub-test")
        .withPublicNetworkAccess(PublicNetworkAccess.ENABLED).build()).build();

    GeneratedFiles files = generate(after, baseline("release 1.0.0", before));

    String html = section(files.text(GeneratedFiles.REPORT_HTML));
    String gone = "<tr class=\"change warning\" data-risk=\"destructive\"><td>" + HUB + " &#39;hub-gone&#39;</td>"
        + "<td><code>(resource)</code></td><td><code>(present)</code></td><td><code>(absent)</code></td>"
        + "<td>destructive</td><td><code>resource-no-longer-managed</code></td>";
    assertThat(html).contains(gone, "data-risk=\"opens-access\"");
    assertThat(html.indexOf("data-risk=\"opens-access\"")).isLessThan(html.indexOf("data-risk=\"destructive\""));
    assertThat(html.lastIndexOf("data-risk=\"opens-access\"")).isLessThan(html.indexOf("data-risk=\"destructive\""));
    assertThat(files.text(GeneratedFiles.REPORT_MARKDOWN)).contains("| " + HUB + " 'hub-gone' | `(resource)` |"
        + " `(present)` | `(absent)` | destructive | `resource-no-longer-managed` | ");
  }

  @Test
  void againstALiveStateAResourceOnlyAzureHoldsIsBenign() {
    IotNetworkSpec azure = Fixtures.networkWith(Fixtures.privateHub("hub-test").build(),
        Fixtures.privateHub("hub-other").build()).build();
    ChangeBaseline live = new ChangeBaseline("export rg-iot.json", GeneratedResources.of(Planner.plan(azure)),
        BaselineKind.LIVE_STATE);

    GeneratedFiles files = generate(Fixtures.validNetwork(), live);

    String html = section(files.text(GeneratedFiles.REPORT_HTML));
    assertThat(html).contains("<tr class=\"change\" data-risk=\"benign\"><td>" + HUB + " &#39;hub-other&#39;</td>",
        "<code>resource-outside-template</code>").doesNotContain("resource-no-longer-managed");
  }

  @Test
  void valuesAreEscapedForHtmlAndForMarkdownTables() {
    String comment = "a <b> & c | d";
    IotNetworkSpec before = Fixtures.validNetwork();
    IotNetworkSpec after = Fixtures.networkWith(Fixtures.privateHub("hub-test").withComments(comment).build()).build();

    GeneratedFiles files = generate(after, baseline("<main> & co", before));

    String html = section(files.text(GeneratedFiles.REPORT_HTML));
    assertThat(html).contains("Against &lt;main&gt; &amp; co: 1 change.",
        "<td><code>(absent)</code></td><td><code>&#39;a &lt;b&gt; &amp; c | d&#39;</code></td>")
        .doesNotContain(comment, "<main>");
    assertThat(files.text(GeneratedFiles.REPORT_MARKDOWN)).contains("| `(absent)` | `'a <b> & c \\| d'` | benign |");
  }

  private static ChangeBaseline baseline(String label, IotNetworkSpec spec) {
    return new ChangeBaseline(label, GeneratedResources.of(Planner.plan(spec)), BaselineKind.EARLIER_BUILD);
  }

  private static GeneratedFiles generate(IotNetworkSpec spec, ChangeBaseline baseline) {
    GenerationResult result = Generator.generate(spec, baseline);
    return result.files().orElseThrow(() -> new AssertionError(result.diagnostics().render()));
  }

  /** The HTML report's Changes section, from its opening tag to its closing one. */
  private static String section(String html) {
    int start = html.indexOf("<section id=\"changes\">");
    assertThat(start).as("a Changes section").isNotNegative();
    return html.substring(start, html.indexOf("</section>", start) + "</section>".length());
  }

}
