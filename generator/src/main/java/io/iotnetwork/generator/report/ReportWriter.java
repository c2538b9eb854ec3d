package io.iotnetwork.generator.report;

import io.iotnetwork.generator.diff.ChangePreview;
import io.iotnetwork.generator.emit.Templates;
import io.iotnetwork.generator.emit.deploy.StageFile;
import io.iotnetwork.generator.report.scan.ScanResult;
import io.iotnetwork.generator.report.scan.ScannerPreview;
import io.iotnetwork.generator.validate.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the review artifacts: {@code report.html} (self-contained: inline SVG and CSS, no script,
 * no external resource, so it opens offline) and {@code report.md} (the same tables with a Mermaid
 * flowchart, for pull-request comments). With a change preview, both open with a "Changes" section.
 */
public final class ReportWriter {
  private static final Templates HTML_TEMPLATES = Templates.html();
  private static final Templates TEXT_TEMPLATES = Templates.verbatim();

  private ReportWriter() {}

  /**
   * The text of {@code report.html}; a "Changes" section when {@code changes} is present, and a
   * "Deployment stages" section for a definition written as {@code stages} (none: one template).
   */
  public static String html(Posture posture, Topology topology, List<ScanResult> scans,
      Optional<ChangePreview> changes, List<StageFile> stages) {
    return HTML_TEMPLATES.render("report.html.mustache", scope(posture, topology, SvgWriter.write(topology), scans,
        changes, stages, false));
  }

  /** The text of {@code report.md}; its sections as for {@link #html}. */
  public static String markdown(Posture posture, Topology topology, List<ScanResult> scans,
      Optional<ChangePreview> changes, List<StageFile> stages) {
    return TEXT_TEMPLATES.render("report.md.mustache", scope(posture, topology, MermaidWriter.write(topology),
        scans, changes, stages, true));
  }

  private static ReportScope scope(Posture posture, Topology topology, String diagram, List<ScanResult> scans,
      Optional<ChangePreview> changes, List<StageFile> stages, boolean markdown) {
    Cell cell = markdown ? ReportWriter::markdownCell : text -> text;
    List<HubView> hubs = posture.hubs().stream().map(hub -> new HubView(cell.of(hub.name()), List.of(
        new Row("Public endpoint", cell.of(hub.publicEndpoint().describe()), hub.publicEndpoint().state().name()),
        new Row("Private endpoints", cell.of(hub.privateEndpoints().isEmpty() ? "none"
            : String.join(", ", hub.privateEndpoints())), ""),
        new Row("DNS: hub zone", cell.of(hub.dns().iotHubZone()), hub.dns().complete() ? "" : "WARN"),
        new Row("DNS: built-in endpoint zone", cell.of(hub.dns().serviceBusZone()), hub.dns().complete() ? "" : "WARN"),
        new Row("Minimum TLS", cell.of(hub.minTlsVersion()), ""),
        new Row("Hub-level shared access keys", hub.existing() ? HubPosture.NOT_MANAGED
            : hub.localAuthDisabled() ? "disabled" : "ENABLED", hub.existing() || hub.localAuthDisabled() ? "" : "WARN"),
        new Row("Managed identities", cell.of(hub.identities()), ""),
        new Row("Deployment path", cell.of(hub.deploymentPath()), "")),
        hub.egress().stream().map(path -> new EgressRow(cell.of(path.setting()), cell.of(path.targetKind() + " '"
            + path.target() + "'" + (path.created() ? " (created)" : " (existing)")), cell.of(path.entity()),
            cell.of(path.identity()), cell.of(path.role()), cell.of(path.firewall()), cell.of(path.deploymentStep()),
            path.target())).toList())).toList();
    List<DiagnosticRow> diagnostics = posture.diagnostics().all().stream()
        .map(diagnostic -> diagnosticRow(diagnostic, cell)).toList();
    List<ScanRow> scanRows = scans.stream().map(scan -> new ScanRow(scan.rule().tool(), scan.rule().id(),
        cell.of(scan.rule().title()), cell.of(scan.resource()), scan.outcome().name().replace('_', ' '),
        scan.outcome().name(), cell.of(scan.reason()), cell.of(scan.rule().source()))).toList();
    String summary = posture.hubs().size() + " hub" + (posture.hubs().size() == 1 ? "" : "s") + ", "
        + posture.hubs().stream().mapToInt(hub -> hub.egress().size()).sum() + " egress paths, "
        + posture.diagnostics().all().size() + " diagnostics; scanner preview: " + ScannerPreview.summary(scans);
    boolean closedEndpoints = posture.hubs().stream()
        .anyMatch(hub -> hub.publicEndpoint().state() == PublicEndpoint.State.CLOSED);
    List<StageRow> stageRows = stages.stream().map(stage -> new StageRow(stage.name(), cell.of(stage.title()),
        stage.template(), stage.formattedBytes(), stage.topLevelResources(), stage.allResources(),
        stage.afterNames())).toList();
    return new ReportScope(posture.networkId(), summary, changes.map(preview -> ChangesView.of(preview, cell::of))
        .stream().toList(), diagram, Legend.of(topology), closedEndpoints, hubs,
        posture.deviceSites().stream().map(cell::of).toList(), diagnostics, scanRows, stageRows);
  }

  private static DiagnosticRow diagnosticRow(Diagnostic diagnostic, Cell cell) {
    return new DiagnosticRow(diagnostic.severity().name(), diagnostic.ruleId(), cell.of(diagnostic.path()),
        diagnostic.source().isKnown() ? diagnostic.source().toString() : "",
        cell.of(diagnostic.message()), cell.of(diagnostic.hint()),
        diagnostic.severity().name().toLowerCase(Locale.ROOT));
  }

  /** A table cell's text in Markdown: pipes escaped, no line breaks. */
  private static String markdownCell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private interface Cell {
    String of(String text);
  }

  /**
   * What the report templates print; {@code changes} holds the change preview, or nothing without a
   * baseline; {@code legend} and {@code closedEndpoints} (no line from the Internet means a closed
   * public endpoint) say only what the diagram draws.
   */
  record ReportScope(String networkId, String summary, List<ChangesView> changes, String diagram,
      List<Legend.Entry> legend,
      boolean closedEndpoints, List<HubView> hubs, List<String> deviceSites, List<DiagnosticRow> diagnostics,
      List<ScanRow> scans, List<StageRow> stages) {
    public boolean hasStages() {
      return !stages.isEmpty();
    }

    public int stageCount() {
      return stages.size();
    }

    public boolean hasDeviceSites() {
      return !deviceSites.isEmpty();
    }

    public boolean hasDiagnostics() {
      return !diagnostics.isEmpty();
    }
  }

  record HubView(String name, List<Row> rows, List<EgressRow> egress) {
    public boolean hasEgress() {
      return !egress.isEmpty();
    }
  }

  record Row(String label, String value, String flag) {}

  record EgressRow(String setting, String target, String entity, String identity, String role, String firewall,
      String step, String targetName) {}

  record DiagnosticRow(String severity, String ruleId, String path, String source, String message, String hint,
      String cssClass) {}

  record StageRow(String name, String title, String template, String bytes, int topLevelResources,
      int allResources, String after) {}

  record ScanRow(String tool, String ruleId, String title, String resource, String outcome, String outcomeClass,
      String reason, String source) {}
}
