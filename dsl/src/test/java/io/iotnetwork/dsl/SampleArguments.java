package io.iotnetwork.dsl;

import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.Region;
import com.azure.core.util.ExpandableStringEnum;
import com.azure.resourcemanager.iothub.models.IotHubSku;
import io.iotnetwork.model.DeviceSiteSpec;
import io.iotnetwork.model.EgressSpec;
import io.iotnetwork.model.EgressTarget;
import io.iotnetwork.model.EventHubsNamespaceSpec;
import io.iotnetwork.model.ExistingGateway;
import io.iotnetwork.model.ExistingIotHub;
import io.iotnetwork.model.ExistingUserAssignedIdentity;
import io.iotnetwork.model.HubIdentitySpec;
import io.iotnetwork.model.IotHubSpec;
import io.iotnetwork.model.PrivateDnsSpec;
import io.iotnetwork.model.ServiceBusNamespaceSpec;
import io.iotnetwork.model.SourceLocation;
import io.iotnetwork.model.StorageAccountSpec;
import io.iotnetwork.model.SubnetRef;
import io.iotnetwork.model.UserAssignedIdentityRef;
import io.iotnetwork.model.VirtualNetworkRef;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** A valid value for each parameter type of the DSL, made with the DSL itself where it can. */
final class SampleArguments {
  private static final String TEXT = "x1";
  private static final String IDENTITY_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
      + "/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-x1";
  private static final String GATEWAY_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
      + "/providers/Microsoft.Network/virtualNetworkGateways/vgw-x1";

  private static final Map<Class<?>, Supplier<Object>> BY_TYPE = Map.ofEntries(
      Map.entry(String.class, () -> TEXT),
      Map.entry(Object.class, () -> TEXT),
      Map.entry(Region.class, () -> Region.EUROPE_WEST),
      Map.entry(AzureEnvironment.class, () -> AzureEnvironment.AZURE),
      Map.entry(Duration.class, () -> Duration.ofHours(1)),
      Map.entry(Optional.class, Optional::empty),
      Map.entry(Map.class, Map::of),
      Map.entry(Function.class, () -> (Function<Object, Object>) row -> TEXT),
      Map.entry(StorageAccountSpec.class, () -> StorageAccount.define("stx1").build()),
      Map.entry(EgressTarget.class, () -> StorageAccount.define("stx1").build()),
      Map.entry(EventHubsNamespaceSpec.class, () -> EventHubsNamespace.define("evhns-x1").build()),
      Map.entry(ServiceBusNamespaceSpec.class, () -> ServiceBusNamespace.define("sbns-x1").build()),
      Map.entry(SubnetRef.class, () -> Subnet.existing("rg", "vnet-x1", "snet-x1")),
      Map.entry(VirtualNetworkRef.class, () -> VirtualNetwork.existing("rg", "vnet-x1")),
      Map.entry(UserAssignedIdentityRef.class, () -> UserAssignedIdentity.define("id-x1")),
      Map.entry(ExistingUserAssignedIdentity.class, () -> UserAssignedIdentity.existing(IDENTITY_ID)),
      Map.entry(IotHubSpec.class, () -> IotHub.define("hub-x1").withSku(IotHubSku.S1, 1).build()),
      Map.entry(FleetStages.Configured.class, () -> Fleet.of("fleet", List.of(TEXT)).namedBy(row -> "hub-" + row)
          .eachHub((member, hub) -> hub.withSku(IotHubSku.S1, 1))),
      Map.entry(FleetMember.class, () -> new FleetMember<>(TEXT, 0, "hub-x1")),
      Map.entry(PrivateDnsSpec.class, PrivateDns::newZones),
      Map.entry(DeviceSiteSpec.class, () -> DeviceSite.wideAreaNetwork("site-x1")),
      Map.entry(ExistingGateway.class, () -> DeviceSite.existingVpnGateway(GATEWAY_ID)),
      Map.entry(ExistingIotHub.class, () -> new ExistingIotHub(Optional.empty(), Optional.of("rg"))),
      Map.entry(EgressSpec.class, () -> EgressSpec.NONE),
      Map.entry(HubIdentitySpec.class, () -> HubIdentitySpec.NONE),
      Map.entry(SourceLocation.class, () -> SourceLocation.UNKNOWN));

  private SampleArguments() {}

  /** A valid value of {@code type}; fails when the table has none, so new API gets one. */
  static Object of(Type type) {
    Class<?> raw = Types.raw(type);
    if (raw == int.class || raw == long.class) {
      return raw == int.class ? (Object) 1 : (Object) 1L;
    }
    if (raw == boolean.class) {
      return false;
    }
    if (raw.isArray()) {
      Object array = Array.newInstance(raw.getComponentType(), 1);
      Array.set(array, 0, of(raw.getComponentType()));
      return array;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return type instanceof ParameterizedType parameterized
          && Types.raw(parameterized.getActualTypeArguments()[0]).getPackageName().startsWith("io.iotnetwork")
          ? List.of() : List.of(TEXT);
    }
    if (raw == BiFunction.class) {
      return hubConfiguration(type) ? (BiFunction<Object, IotHubStages.Blank, IotHubStages.WithOptions>)
          (member, hub) -> hub.withSku(IotHubSku.S1, 1) : (BiFunction<Object, Object, Object>) (a, b) -> a;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (ExpandableStringEnum.class.isAssignableFrom(raw)) {
      return firstValue(raw);
    }
    Supplier<Object> made = BY_TYPE.get(raw);
    if (made == null) {
      throw new AssertionError("no sample value for " + type + ": add one to SampleArguments");
    }
    return made.get();
  }

  private static boolean hubConfiguration(Type type) {
    return type instanceof ParameterizedType parameterized
        && Types.raw(parameterized.getActualTypeArguments()[2]) == IotHubStages.WithOptions.class;
  }

  private static Object firstValue(Class<?> expandable) {
    try {
      return ((Collection<?>) expandable.getMethod("values").invoke(null)).iterator().next();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot list the values of " + expandable, e instanceof InvocationTargetException
          ? e.getCause() : e);
    }
  }
}
