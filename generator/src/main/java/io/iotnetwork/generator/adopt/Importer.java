package io.iotnetwork.generator.adopt;

import io.iotnetwork.generator.arm.read.ExportReadResult;
import io.iotnetwork.generator.arm.read.ExportReader;
import io.iotnetwork.generator.arm.read.ReadProblem;
import io.iotnetwork.generator.arm.read.ResourceScope;
import io.iotnetwork.generator.validate.Diagnostic;
import io.iotnetwork.generator.validate.Diagnostics;
import io.iotnetwork.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The import goal's work, without Maven: read the export, adopt its hub, print the definition. Bad
 * input is an error diagnostic naming the file and the JSON path, and then there is no source.
 */
public final class Importer {
  /** The rule id of an export that cannot be read or adopted at all. */
  public static final String UNREADABLE = "import-unreadable-export";
  /** The rule id of a package or class name that is not Java. */
  public static final String JAVA_NAME = "import-java-name";

  private Importer() {}

  public static ImportOutcome run(ImportRequest request) {
    String className = request.className().orElse("");
    List<Diagnostic> errors = javaNames(request.packageName(), request.className());
    ExportReadResult export = ExportReader.read(request.exportFile(), request.parametersFile(), ResourceScope.DEPLOYMENT);
    Adoption adoption = Adopter.adopt(export, request.hubName());
    adoption.problems().forEach(problem -> errors.add(unreadable(problem)));
    if (adoption.definition().isEmpty() || !errors.isEmpty()) {
      return ImportOutcome.failed(className, errors);
    }
    AdoptedDefinition definition = adoption.definition().get();
    String name = request.className().orElseGet(() -> classNameFor(definition.hubName()));
    List<Diagnostic> notes = definition.notes().stream()
        .map(note -> note.toDiagnostic(export.file(), request.allowUnexpressed())).toList();
    Diagnostics diagnostics = new Diagnostics(notes);
    if (diagnostics.hasErrors()) {
      return new ImportOutcome(Optional.empty(), name, diagnostics);
    }
    return new ImportOutcome(Optional.of(DefinitionWriter.write(definition, request.packageName(), name)), name, diagnostics);
  }

  /** {@code contoso-legacy-hub} → {@code ContosoLegacyHubNetwork}. */
  static String classNameFor(String hubName) {
    StringBuilder name = new StringBuilder();
    boolean upper = true;
    for (char c : hubName.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 0x80) {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    String base = name.length() == 0 || !Character.isLetter(name.charAt(0)) ? "Hub" + name : name.toString();
    return base + "Network";
  }

  private static List<Diagnostic> javaNames(String packageName, Optional<String> className) {
    List<Diagnostic> errors = new ArrayList<>();
    if (!SourceVersion.isName(packageName)) {
      errors.add(Diagnostic.error(JAVA_NAME, "iot-network.package", SourceLocation.UNKNOWN, "package '" + packageName
          + "' is not a Java package name (dot-separated identifiers, no keyword)", "Pass e.g."
          + " -Diot-network.package=com.contoso.iot"));
    }
    className.filter(name -> !SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name))
        .ifPresent(name -> errors.add(Diagnostic.error(JAVA_NAME, "iot-network.className", SourceLocation.UNKNOWN,
            "class name '" + name + "' is not a Java identifier", "Pass e.g. -Diot-network.className=ContosoHubNetwork")));
    return errors;
  }

  private static Diagnostic unreadable(ReadProblem problem) {
    return Diagnostic.error(UNREADABLE, problem.file() + " " + problem.jsonPath(), SourceLocation.UNKNOWN,
        problem.message(), "Give the output of az iot hub show, az resource show or az group export (with"
            + " -Diot-network.parametersFile for a template's parameters, -Diot-network.hubName for one of several hubs).");
  }
}
