package io.iotnetwork.generator.plan;

import io.iotnetwork.model.IotHubSpec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The main template's per-hub parameters: each deployed hub's name (an existing hub's name is a literal) and
 * each opted-in connection string. A
 * definition within ARM's {@value TemplateLimits#PARAMETERS} parameters gets one string parameter per
 * name ({@code <hub symbol>Name}) and one secure string per connection string. A larger definition gets
 * one object of names ({@code iotHubNames}, keyed by hub symbol) and one secure object of connection
 * strings ({@code connectionStrings}), as Microsoft's best practices advise.
 */
final class HubParameters {
  static final String NAMES = "iotHubNames";
  static final String CONNECTION_STRINGS = "connectionStrings";

  private final PlanContext context;
  private final boolean grouped;
  private final Map<String, String> symbols = new LinkedHashMap<>();
  private Parameter names;
  private Parameter connectionStrings;
  private final Optional<Parameter> existingHubs;

  /** A value that a parameter supplies, and the name it is passed to a module under. */
  record Supplied(String name, Value value) {}

  /** Allocates every hub's symbol, in definition order, and decides the parameters' shape. */
  HubParameters(PlanContext context) {
    this.context = context;
    int names = 0;
    int secrets = 0;
    for (IotHubSpec hub : context.spec.iotHubs()) {
      symbols.put(key(hub), context.symbolicNames.allocate("iotHub", hub.name()));
      names += hub.isExisting() ? 0 : 1;
      secrets += (int) EgressUse.of(hub).stream().filter(use -> use.authentication().keyBased()).count();
      secrets += 2 * (int) hub.settings().cosmosDbContainers().stream()
          .filter(endpoint -> endpoint.authentication().keyBased()).count();
    }
    boolean listsExistingHubs = context.spec.iotHubs().stream().anyMatch(DeploymentPath::putsHubTwice);
    this.grouped = context.parameters.size() + names + secrets + (listsExistingHubs ? 1 : 0) > TemplateLimits.PARAMETERS;
    this.existingHubs = listsExistingHubs ? Optional.of(context.addParameter(Parameter.emptyArray(DeploymentPath.EXISTING_HUBS,
        "Names of the IoT hubs of this template that already exist (az iot hub list -g <resource group> --query "
            + "\"[].name\"). Their first put, which deploys a new hub's identity before its roles and leaves out its "
            + "identity-based endpoints and routes, is skipped, so that a re-deployment keeps routing to them. Empty "
            + "on a first deployment."))) : Optional.empty();
    if (grouped) {
      Obj.Builder byHub = Obj.builder();
      context.spec.iotHubs().stream().filter(hub -> !hub.isExisting()).forEach(hub -> byHub.put(symbol(hub), hub.name()));
      this.names = context.addParameter(new Parameter(NAMES, ParameterType.OBJECT, Optional.of(byHub.build()),
          "Names of the IoT hubs, by hub: each globally unique, 3-50 letters, digits and hyphens.",
          OptionalInt.empty(), OptionalInt.empty()));
    }
  }

  /** The symbol of {@code hub}. */
  String symbol(IotHubSpec hub) {
    return symbols.get(key(hub));
  }

  /** The name of {@code hub}. */
  Value name(IotHubSpec hub) {
    String symbol = symbol(hub);
    if (grouped) {
      return new Member(names.ref(), symbol);
    }
    return context.addParameter(Parameter.string(symbol + "Name", hub.name(),
        "Name of the IoT hub '" + hub.name() + "': globally unique, 3-50 letters, digits and hyphens.")
        .withLength(3, 50)).ref();
  }

  /** A connection string the user opted in to, named {@code name}: a secure parameter or a member of one. */
  Supplied connectionString(String name, String description) {
    if (!grouped) {
      return new Supplied(name, context.addParameter(Parameter.secure(name, description)).ref());
    }
    if (connectionStrings == null) {
      connectionStrings = context.addParameter(Parameter.object(CONNECTION_STRINGS, ParameterType.SECURE_OBJECT,
          "Connection strings of key-based endpoints the definition opted in to, by name; never logged."));
    }
    return new Supplied(name, new Member(connectionStrings.ref(), name));
  }

  /**
   * The condition of a two-step hub's first put ({@link DeploymentPath#putsHubTwice}): its name
   * {@code hubName} is not listed in {@value DeploymentPath#EXISTING_HUBS}.
   */
  Value notListedAsExisting(Value hubName) {
    return new NotListed(existingHubs.orElseThrow(() -> new IllegalStateException(
        "bug: no hub of this definition is put twice")).ref(), hubName);
  }

  private static String key(IotHubSpec hub) {
    return hub.name().toLowerCase(Locale.ROOT);
  }
}
