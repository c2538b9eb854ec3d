package io.iotnetwork.dsl;

import io.iotnetwork.model.IotHubSpec;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The stages of {@link Fleet#of(String, java.util.Collection)}. */
public interface FleetStages {

  /** First stage: the naming scheme is required. */
  interface Blank<T> {
    /**
     * Names each row's hub, e.g. {@code site -> Fleet.slug("iot", "contoso", site.plant(), site.region().name())}.
     * Two rows that get the same name are reported by the {@code duplicate-name} rule, with both rows.
     */
    Named<T> namedBy(Function<? super T, String> hubName);
  }

  /** The hub's settings, the same for every row or read from it. */
  interface Named<T> {
    /** Prints a row in diagnostics, e.g. {@code site -> site.plant()}. Default: the hub name. */
    Named<T> labelledBy(Function<? super T, String> label);

    /**
     * Configures each row's hub: {@code (member, hub) -> hub.withSku(IotHubSku.S1, 1).definePrivateEndpoint(
     * member.name("pe")).inSubnet(..).attach()}. The function gets the row's {@link FleetMember} and a hub
     * already named; it returns the hub's last stage.
     */
    Configured eachHub(BiFunction<FleetMember<T>, IotHubStages.Blank, IotHubStages.WithOptions> configuration);
  }

  /** The finished fleet: pass it to {@link IotNetworkStages.WithOptions#withFleet(Configured)}. */
  interface Configured {
    /** One hub per row, in the rows' order. */
    List<IotHubSpec> build();
  }
}
