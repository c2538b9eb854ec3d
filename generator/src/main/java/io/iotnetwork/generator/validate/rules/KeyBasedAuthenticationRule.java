package io.iotnetwork.generator.validate.rules;

import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.model.IotNetworkSpec;
import java.util.stream.Stream;

/**
 * {@code key-based-authentication}: a key-based routing endpoint or file upload works, but its
 * connection string (a Cosmos DB endpoint's two keys) becomes a secure deployment parameter; identity-based authentication is
 * recommended.
 */
public final class KeyBasedAuthenticationRule extends RuleSupport {

  public KeyBasedAuthenticationRule() {
    super("key-based-authentication");
  }

  @Override
  public Stream<Diagnostic> check(IotNetworkSpec spec) {
    Stream<Diagnostic> uses = EgressUses.of(spec)
        .filter(EgressUse::keyBased)
        .map(use -> warning(use.path(), use.source(),
            use.subject() + " is key-based: a connection string to " + TargetWords.describe(use.target())
                + " becomes a secure template parameter, without default, that every deployment must supply; "
                + "identity-based authentication is recommended.",
            "Remove .withKeyBasedAuthentication() from " + use.dslCall()
                + " and give the hub a managed identity (.withSystemAssignedIdentity())."));
    return Stream.concat(uses, spec.iotHubs().stream().flatMap(hub -> hub.settings().cosmosDbContainers().stream()
        .filter(endpoint -> endpoint.authentication().keyBased())
        .map(endpoint -> warning(endpoint.pathIn(hub), endpoint.source(),
            "Cosmos DB endpoint '" + endpoint.name() + "' is key-based: the account's primaryKey and secondaryKey "
                + "become two secure template parameters, without default, that every deployment must supply; "
                + "identity-based authentication is recommended.",
            "Remove .withKeyBasedAuthentication() from .defineRoutingEndpoint(\"" + endpoint.name()
                + "\").toCosmosDbSqlContainer(..) and give the hub a managed identity (.withSystemAssignedIdentity())."))));
  }
}
