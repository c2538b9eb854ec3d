package io.iotnetwork.dsl;

import static java.util.Objects.requireNonNull;

import io.iotnetwork.model.FleetMembership;
import io.iotnetwork.model.IotHubSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Many hubs from one table: one hub per row (a plant, a customer, a region and plant...), named by
 * a scheme the user controls and configured by one function. Pass it to
 * {@link IotNetworkStages.WithOptions#withFleet(FleetStages.Configured)}; the hubs can share the
 * network's private DNS zones, virtual networks and egress targets.
 *
 * @param <T> the row type
 */
public final class Fleet<T> implements FleetStages.Blank<T>, FleetStages.Named<T>, FleetStages.Configured {
  private final String name;
  private final List<T> rows;
  private Function<? super T, String> hubName;
  private Function<? super T, String> label;
  private BiFunction<FleetMember<T>, IotHubStages.Blank, IotHubStages.WithOptions> configuration;

  private Fleet(String name, List<T> rows) {
    this.name = requireNonNull(name, "name");
    this.rows = List.copyOf(rows);
  }

  /** Starts a fleet called {@code name} (used in diagnostics) with one hub per row of {@code rows}. */
  public static <T> FleetStages.Blank<T> of(String name, Collection<? extends T> rows) {
    return new Fleet<>(name, Arguments.listOf("rows", rows));
  }

  /** Every combination of {@code first} and {@code second}, e.g. regions x plants, in that order. */
  public static <A, B, T> List<T> product(List<A> first, List<B> second, BiFunction<? super A, ? super B, T> row) {
    List<A> firsts = Arguments.listOf("first", first);
    List<B> seconds = Arguments.listOf("second", second);
    requireNonNull(row, "row");
    List<T> rows = new ArrayList<>(firsts.size() * seconds.size());
    firsts.forEach(a -> seconds.forEach(b -> rows.add(row.apply(a, b))));
    return rows;
  }

  /**
   * A resource-name slug: the parts in lower case, joined by hyphens; any run of characters other
   * than letters and digits becomes one hyphen. {@code slug("iot", "Contoso", "West Europe")} is
   * {@code iot-contoso-west-europe}. Length is not cut: the name rules report a name that is too long.
   */
  public static String slug(String... parts) {
    return Arguments.listOf("parts", parts).stream()
        .map(part -> part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""))
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining("-"));
  }

  @Override
  public FleetStages.Named<T> namedBy(Function<? super T, String> hubName) {
    this.hubName = requireNonNull(hubName, "hubName");
    return this;
  }

  @Override
  public FleetStages.Named<T> labelledBy(Function<? super T, String> label) {
    this.label = requireNonNull(label, "label");
    return this;
  }

  @Override
  public FleetStages.Configured eachHub(
      BiFunction<FleetMember<T>, IotHubStages.Blank, IotHubStages.WithOptions> configuration) {
    this.configuration = requireNonNull(configuration, "configuration");
    return this;
  }

  @Override
  public List<IotHubSpec> build() {
    List<IotHubSpec> hubs = new ArrayList<>(rows.size());
    for (int index = 0; index < rows.size(); index++) {
      T row = rows.get(index);
      String hub = requireNonNull(hubName.apply(row), "the naming scheme gave no name for row " + index);
      String printed = label == null ? hub : requireNonNull(label.apply(row), "labelledBy(..) gave no label for row " + index);
      FleetMembership membership = new FleetMembership(name, index, rows.size(), printed);
      IotHubStages.WithOptions configured =
          configuration.apply(new FleetMember<>(row, index, hub), IotHub.defineMember(hub, membership));
      IotHubSpec built = requireNonNull(configured, "eachHub(..) returned no hub for row " + index).build();
      if (!built.fleet().equals(Optional.of(membership))) {
        throw new IllegalArgumentException("eachHub(..) must configure and return the hub it is given ('" + hub
            + "' for row " + index + "), not one from IotHub.define(..)");
      }
      hubs.add(built);
    }
    return hubs;
  }
}
