/**
 * Review artifacts: the posture of each hub (ingress exposure, DNS coverage, egress paths), a
 * topology diagram, and a preview of how public scanners judge the generated templates, written as
 * {@code report.html} and {@code report.md}. Everything here is a view of the definition and of the
 * planner's own decisions ({@code EgressUse}, {@code Grant}, {@code DeploymentPath}); nothing
 * re-models Azure.
 */
package io.iotnetwork.generator.report;
