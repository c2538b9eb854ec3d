package io.iotnetwork.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public DSL method, and every public static factory of the model, names the parameter it was given
 * null for. The walk starts at the public static methods and constructors, reaches each stage by calling
 * the DSL with valid values, and passes null (and an array or list holding null) for each reference
 * parameter in turn. Parameter names come from the {@code -parameters} class files.
 */
class NullArgumentsTest {
  private static final List<String> PACKAGES = List.of("io.iotnetwork.dsl", "io.iotnetwork.model");

  private final Set<Class<?>> visitedTypes = new HashSet<>();
  private final Set<String> visitedMethods = new HashSet<>();
  private final List<String> unnamed = new ArrayList<>();
  private int nullsTried;

  @Test
  void everyNullArgumentThrowsANullPointerExceptionNamingItsParameter() throws Exception {
    for (Class<?> type : publicClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isStatic(method.getModifiers()) && isApi(method) && !isEnumSynthetic(method)) {
          check(method, () -> null, Map.of());
        }
      }
      if (!type.isInterface() && !type.getPackageName().equals("io.iotnetwork.model")) {
        for (Constructor<?> constructor : type.getConstructors()) {
          check(constructor, () -> null, Map.of());
        }
      }
    }
    System.out.printf("NullArgumentsTest: %d null arguments tried on %d methods, %d not named%n",
        nullsTried, visitedMethods.size(), unnamed.size());
    assertThat(unnamed).as("null arguments whose NullPointerException does not name the parameter").isEmpty();
    assertThat(nullsTried).as("null arguments tried").isGreaterThan(100);
  }

  /** Calls {@code executable} once with null for each reference parameter, then with valid values to go on. */
  private void check(Executable executable, Supplier<Object> receiver, Map<TypeVariable<?>, Type> bindings) {
    Object sample = receiver.get();
    String key = key(executable, sample);
    if (!visitedMethods.add(key)) {
      return;
    }
    Parameter[] parameters = executable.getParameters();
    Type[] types = Arrays.stream(executable.getGenericParameterTypes())
        .map(type -> Types.resolve(type, bindings)).toArray(Type[]::new);
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      assertThat(parameters[i].isNamePresent()).as("compiled with -parameters: %s", executable).isTrue();
      expectNamed(executable, receiver, types, i, null, parameters[i].getName());
      Object holdingNull = holdingNull(parameters[i].getType());
      if (holdingNull != null) {
        expectNamed(executable, receiver, types, i, holdingNull, parameters[i].getName());
      }
    }
    Object[] valid = Arrays.stream(types).map(SampleArguments::of).toArray();
    Object result = invoke(executable, receiver.get(), valid);
    if (executable instanceof Method method) {
      Type returned = Types.resolve(method.getGenericReturnType(), bindings);
      follow(returned, result, () -> invoke(executable, receiver.get(), valid), bindings);
    } else {
      follow(executable.getDeclaringClass(), result, () -> invoke(executable, null, valid), bindings);
    }
  }

  private void expectNamed(Executable executable, Supplier<Object> receiver, Type[] types, int index, Object bad,
      String name) {
    nullsTried++;
    Object[] arguments = Arrays.stream(types).map(SampleArguments::of).toArray();
    arguments[index] = bad;
    String call = executable.getDeclaringClass().getSimpleName() + "." + executable.getName() + "(" + name
        + (bad == null ? " = null" : " holding null") + ")";
    try {
      invoke(executable, receiver.get(), arguments);
      unnamed.add(call + ": no exception");
    } catch (NullPointerException e) {
      if (e.getMessage() == null || !Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(e.getMessage()).find()) {
        unnamed.add(call + ": " + e.getMessage());
      }
    }
  }

  /** Walks the stage (or model record) a call returned. */
  private void follow(Type declared, Object result, Supplier<Object> receiver, Map<TypeVariable<?>, Type> outer) {
    if (result == null) {
      return;
    }
    Class<?> raw = Types.raw(declared);
    List<Class<?>> stages = isOurs(raw) ? List.of(raw) : publicTypesOf(result.getClass());
    for (Class<?> stage : stages) {
      if (!visitedTypes.add(stage)) {
        continue;
      }
      Map<TypeVariable<?>, Type> bindings = Types.bindings(declared, outer);
      for (Method method : stage.isRecord() ? stage.getDeclaredMethods() : stage.getMethods()) {
        if (!Modifier.isStatic(method.getModifiers()) && isApi(method) && !isAccessor(method)) {
          check(method, receiver, bindings);
        }
      }
    }
  }

  private static Object invoke(Executable executable, Object receiver, Object[] arguments) {
    try {
      return executable instanceof Method method ? method.invoke(receiver, arguments)
          : ((Constructor<?>) executable).newInstance(arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(executable + " is not callable", e);
    }
  }

  /** An array or list of one null element, for the parameter types that hold several values. */
  private static Object holdingNull(Class<?> type) {
    if (type.isArray()) {
      return java.lang.reflect.Array.newInstance(type.getComponentType(), 1);
    }
    return java.util.Collection.class.isAssignableFrom(type) ? Arrays.asList((Object) null) : null;
  }

  /** The method a call reaches: one key for an interface method and the builder method behind it. */
  private static String key(Executable executable, Object receiver) {
    Executable target = executable;
    if (receiver != null && executable instanceof Method method) {
      try {
        target = receiver.getClass().getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        throw new AssertionError(e);
      }
    }
    return target.getDeclaringClass().getName() + "#" + target.getName()
        + Arrays.toString(target.getParameterTypes());
  }

  private static boolean isApi(Method method) {
    return Modifier.isPublic(method.getModifiers()) && !method.isBridge() && !method.isSynthetic()
        && method.getDeclaringClass() != Object.class && !isObjectMethod(method);
  }

  private static boolean isObjectMethod(Method method) {
    return Stream.of(Object.class.getMethods()).anyMatch(object -> object.getName().equals(method.getName())
        && Arrays.equals(object.getParameterTypes(), method.getParameterTypes()));
  }

  private static boolean isAccessor(Method method) {
    return method.getDeclaringClass().isRecord() && Stream.of(method.getDeclaringClass().getRecordComponents())
        .map(RecordComponent::getAccessor).anyMatch(method::equals);
  }

  private static boolean isEnumSynthetic(Method method) {
    return method.getDeclaringClass().isEnum() && List.of("values", "valueOf").contains(method.getName());
  }

  private static boolean isOurs(Class<?> type) {
    return PACKAGES.contains(type.getPackageName()) && Modifier.isPublic(type.getModifiers());
  }

  /** The public class itself, or the public DSL interfaces a package-private builder implements. */
  private static List<Class<?>> publicTypesOf(Class<?> type) {
    if (isOurs(type)) {
      return List.of(type);
    }
    return Arrays.stream(type.getInterfaces()).filter(NullArgumentsTest::isOurs).toList();
  }

  /** Every public class and interface, nested ones too, of the DSL and model packages. */
  private static List<Class<?>> publicClasses() throws IOException, URISyntaxException {
    Path root = Path.of(IotHub.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    for (String pkg : PACKAGES) {
      try (Stream<Path> files = Files.list(root.resolve(pkg.replace('.', '/')))) {
        for (Path file : files.sorted().toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".class") && !name.equals("package-info.class")) {
            Class<?> type = load(pkg + "." + name.substring(0, name.length() - ".class".length()));
            if (isOurs(type) && (type.getEnclosingClass() == null || Modifier.isPublic(type.getModifiers()))) {
              found.add(type);
            }
          }
        }
      }
    }
    return found;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
