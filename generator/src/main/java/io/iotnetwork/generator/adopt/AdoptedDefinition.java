package io.iotnetwork.generator.adopt;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the adopter made of one exported hub: the calls of a network definition that restates it,
 * and the notes about the export's properties. {@link DefinitionWriter} prints it as Java.
 *
 * @param sourceFile     the export's file name, for the generated javadoc
 * @param hubName        the hub's name
 * @param networkRegion  the network's region (the hub's location)
 * @param targets        egress targets, declared before the network
 * @param hubCalls       the calls after {@code IotHub.define(hubName)}, up to {@code build()}
 * @param networkCalls   the network's calls after {@code withIotHub(..)}, up to {@code build()}
 * @param notes          every note, in the order the properties were looked at
 */
public record AdoptedDefinition(String sourceFile, String hubName, JavaCode networkRegion, List<TargetDeclaration> targets,
    List<DslCall> hubCalls, List<DslCall> networkCalls, List<AdoptionNote> notes) {
  public AdoptedDefinition {
    requireNonNull(sourceFile);
    requireNonNull(hubName);
    requireNonNull(networkRegion);
    targets = List.copyOf(targets);
    hubCalls = List.copyOf(hubCalls);
    networkCalls = List.copyOf(networkCalls);
    notes = List.copyOf(notes);
  }

  /** The notes of {@code kind}. */
  public List<AdoptionNote> notes(AdoptionNote.Kind kind) {
    return notes.stream().filter(note -> note.kind() == kind).toList();
  }

  /** True when some property of the export could not be stated. */
  public boolean hasUnexpressed() {
    return !notes(AdoptionNote.Kind.UNEXPRESSED).isEmpty();
  }
}
