package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.plan.EgressUse.Purpose;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code file-upload-identity-connection-string}: for identity-based file upload,
 * {@code storageEndpoints.$default.connectionString} is still required and the value it must hold is
 * unconfirmed; iot-network writes the account's blob endpoint URL, no key (azure-facts §1).
 */
public final class FileUploadIdentityConnectionStringRule extends RuleSupport {

  public FileUploadIdentityConnectionStringRule() {
    super("file-upload-identity-connection-string");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    return EgressUses.of(spec)
        .filter(use -> use.kind() == Purpose.FILE_UPLOAD && !use.keyBased())
        .map(use -> info(use.path(), use.source(),
            "File upload of hub '" + use.hub().name() + "' is identity-based, yet storageEndpoints.$default."
                + "connectionString is still required, and Microsoft does not say what it must hold then; "
                + "iot-network writes the blob endpoint URL of " + TargetWords.describe(use.target())
                + " (https://<account>.blob.<storage suffix>/), no key.",
            "Nothing to change; if a deployment rejects the value, report it with the hub's region."));
  }
}
