package io.iotnetwork.maven;

import io.iotnetwork.dsl.NetworkDefinition;
import io.iotnetwork.model.IotNetworkSpec;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Finds and runs the project's network definitions: the classes listed in
 * {@code META-INF/services/io.iotnetwork.dsl.NetworkDefinition} on the project's classpath, and the
 * classes named in {@code <definitions>}. The DSL and model classes come from the plugin, so the
 * records the definitions build are the ones the generator reads.
 */
final class DefinitionLoader {
  static final String SERVICE_FILE = "META-INF/services/" + NetworkDefinition.class.getName();
  private static final List<String> LIBRARY_PACKAGES =
      List.of("io.iotnetwork.dsl.", "io.iotnetwork.model.", "java.", "jdk.", "sun.");

  private DefinitionLoader() {}

  /** Runs every definition found on {@code classpath}; {@code explicitNames} are loaded by name. */
  static List<LoadedDefinition> load(List<String> classpath, List<String> explicitNames) throws UserError {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls(classpath), DefinitionLoader.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      Set<String> names = new LinkedHashSet<>(explicitNames);
      names.addAll(listedInServiceFiles(loader));
      if (names.isEmpty()) {
        throw new UserError("No network definition found. Implement " + NetworkDefinition.class.getName()
            + " in a class with a public no-argument constructor, and list the class in src/main/resources/"
            + SERVICE_FILE + " or in the plugin's <definitions>.");
      }
      List<LoadedDefinition> loaded = new ArrayList<>();
      for (String name : names) {
        loaded.add(new LoadedDefinition(name, run(instantiate(loader, name))));
      }
      return loaded;
    } catch (IOException e) {
      throw new UserError("Cannot read the project's classpath: " + e.getMessage());
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static List<String> listedInServiceFiles(ClassLoader loader) throws UserError {
    List<String> names = new ArrayList<>();
    try {
      for (ServiceLoader.Provider<NetworkDefinition> provider
          : ServiceLoader.load(NetworkDefinition.class, loader).stream().toList()) {
        names.add(provider.type().getName());
      }
    } catch (ServiceConfigurationError e) {
      throw new UserError("A class listed in " + SERVICE_FILE + " cannot be used: " + e.getMessage());
    }
    return names;
  }

  private static NetworkDefinition instantiate(ClassLoader loader, String name) throws UserError {
    Class<?> type;
    try {
      type = Class.forName(name, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new UserError("Network definition class " + name + " is not on the project's classpath ("
          + e + "). Check the name in <definitions> or " + SERVICE_FILE + ", and run the goal after compile.");
    }
    if (!NetworkDefinition.class.isAssignableFrom(type)) {
      throw new UserError("Class " + name + " does not implement " + NetworkDefinition.class.getName() + ".");
    }
    try {
      Constructor<?> constructor = type.getConstructor();
      return (NetworkDefinition) constructor.newInstance();
    } catch (NoSuchMethodException e) {
      throw new UserError("Network definition " + name + " needs a public no-argument constructor.");
    } catch (InvocationTargetException e) {
      throw new UserError("Constructing network definition " + name + " failed: " + describe(e.getCause()));
    } catch (ReflectiveOperationException e) {
      throw new UserError("Network definition " + name + " cannot be constructed: " + e);
    }
  }

  private static IotNetworkSpec run(NetworkDefinition definition) throws UserError {
    String name = definition.getClass().getName();
    try {
      IotNetworkSpec spec = definition.network();
      if (spec == null) {
        throw new UserError("Network definition " + name + " returned null from network(); return IotNetwork.define(..)...build().");
      }
      return spec;
    } catch (RuntimeException e) {
      throw new UserError("Network definition " + name + " threw while describing its network: " + describe(e));
    }
  }

  /** An exception in one line, with the first frame in the user's code. */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.getClass().getSimpleName());
    if (failure.getMessage() != null) {
      text.append(": ").append(failure.getMessage());
    }
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (!isLibraryFrame(frame.getClassName())) {
        text.append(" (at ").append(frame.getFileName()).append(':').append(frame.getLineNumber()).append(')');
        break;
      }
    }
    return text.toString();
  }

  private static boolean isLibraryFrame(String className) {
    return LIBRARY_PACKAGES.stream().anyMatch(className::startsWith);
  }

  private static URL[] urls(List<String> classpath) {
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalStateException("bug: classpath element " + element + " is not a path", e);
      }
    }
    return urls.toArray(URL[]::new);
  }
}
