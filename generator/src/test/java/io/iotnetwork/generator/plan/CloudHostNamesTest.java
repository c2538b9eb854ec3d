package io.iotnetwork.generator.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.core.management.AzureEnvironment;
import io.iotnetwork.dsl.StorageAccount;
import io.iotnetwork.model.StorageAccountSpec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blob endpoints and hosts are expressions on {@code environment().suffixes.storage}, and evaluate to
 * the URL the templates held as literals before: {@code https://<account>.blob.core.windows.net/} in
 * the public cloud, and the SDK's storage suffix in each other cloud.
 */
class CloudHostNamesTest {
  private static final Expr ENVIRONMENT_STORAGE_SUFFIX =
      new Member(new Member(new Call("environment", List.of()), "suffixes"), "storage");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
  private static final StorageAccountSpec ACCOUNT = StorageAccount.define("stcontosotelemetry").build();

  static List<AzureEnvironment> clouds() {
    return List.of(AzureEnvironment.AZURE, AzureEnvironment.AZURE_US_GOVERNMENT, AzureEnvironment.AZURE_CHINA);
  }

  @Test
  void theBlobEndpointIsAFormatOnTheDeploymentsStorageSuffix() {
    assertThat(CloudHostNames.blobEndpoint("stcontosotelemetry")).isEqualTo(new Call("format",
        List.of(Value.of("https://{0}.blob.{1}/"), Value.of("stcontosotelemetry"), ENVIRONMENT_STORAGE_SUFFIX)));
    assertThat(CloudHostNames.host(AzureEnvironment.AZURE, ACCOUNT)).isEqualTo(new Call("format",
        List.of(Value.of("{0}.blob.{1}"), Value.of("stcontosotelemetry"), ENVIRONMENT_STORAGE_SUFFIX)));
  }

  @Test
  void inThePublicCloudTheyEvaluateToTheFormerLiterals() {
    String publicSuffix = "core.windows.net"; // environment().suffixes.storage in AzureCloud
    assertThat(evaluate(CloudHostNames.blobEndpoint("stcontosotelemetry"), publicSuffix))
        .isEqualTo("https://stcontosotelemetry.blob.core.windows.net/");
    assertThat(evaluate(CloudHostNames.endpointUri(AzureEnvironment.AZURE, ACCOUNT), publicSuffix))
        .isEqualTo("https://stcontosotelemetry.blob.core.windows.net/");
    assertThat(evaluate(CloudHostNames.host(AzureEnvironment.AZURE, ACCOUNT), publicSuffix))
        .isEqualTo("stcontosotelemetry.blob.core.windows.net");
  }

  @ParameterizedTest
  @MethodSource("clouds")
  void inEveryCloudTheHostIsTheOneOfThatCloud(AzureEnvironment cloud) {
    String suffix = cloud.getStorageEndpointSuffix().substring(1); // the SDK's suffix starts with a dot
    assertThat(evaluate(CloudHostNames.host(cloud, ACCOUNT), suffix)).isEqualTo(CloudHostNames.hostIn(cloud, ACCOUNT));
    assertThat(evaluate(CloudHostNames.endpointUri(cloud, ACCOUNT), suffix))
        .isEqualTo("https://" + CloudHostNames.hostIn(cloud, ACCOUNT) + "/");
  }

  /** {@code value} as ARM evaluates it where {@code environment().suffixes.storage} is {@code storageSuffix}. */
  private static String evaluate(Value value, String storageSuffix) {
    if (value instanceof Lit lit && lit.value() instanceof String text) {
      return text;
    } else if (value.equals(ENVIRONMENT_STORAGE_SUFFIX)) {
      return storageSuffix;
    } else if (value instanceof Call call && call.function().equals("format")) {
      Matcher placeholder = PLACEHOLDER.matcher(evaluate(call.arguments().get(0), storageSuffix));
      StringBuilder out = new StringBuilder();
      while (placeholder.find()) {
        int index = Integer.parseInt(placeholder.group(1));
        placeholder.appendReplacement(out, Matcher.quoteReplacement(evaluate(call.arguments().get(index + 1),
            storageSuffix)));
      }
      return placeholder.appendTail(out).toString();
    }
    throw new AssertionError("not an expression of a blob endpoint: " + value);
  }
}
