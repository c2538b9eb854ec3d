package io.iotnetwork.generator.report.scan;

import io.iotnetwork.generator.report.scan.ScanResult.Outcome;
import io.iotnetwork.generator.report.scan.TemplateResources.Scanned;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What Checkov's ARM storage checks share: the API version gate of CKV_AZURE_35 and CKV_AZURE_36. */
final class CheckovStorageRules {
  static final String STORAGE = "Microsoft.Storage/storageAccounts";

  private CheckovStorageRules() {}

  /** {@code rule}'s verdict on every storage account: the API version gate first, then {@code check}. */
  static List<ScanResult> evaluateGated(ScannerRule rule, TemplateResources template,
      Function<Scanned, ScanResult> check) {
    return template.ofType(STORAGE).stream().map(account -> apiVersionGate(account)
        .map(outcome -> rule.verdict(account, outcome, "apiVersion " + account.json().path("apiVersion").asText()
            + " fails Checkov's API version gate"))
        .orElseGet(() -> check.apply(account))).toList();
  }

  /**
   * Checkov's gate: an API version that is no year gives UNKNOWN (NOT_EVALUATED here), a year before
   * 2017 fails; empty when the account passes the gate.
   */
  static Optional<Outcome> apiVersionGate(Scanned account) {
    String apiVersion = account.json().path("apiVersion").asText();
    if (apiVersion.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Integer.parseInt(apiVersion.substring(0, Math.min(4, apiVersion.length()))) < 2017
          ? Optional.of(Outcome.FAIL) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.of(Outcome.NOT_EVALUATED);
    }
  }
}
