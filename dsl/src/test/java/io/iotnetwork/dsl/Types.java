package io.iotnetwork.dsl;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;

/** Generic types as far as the null-argument walk needs them: raw classes and bound type variables. */
final class Types {
  private Types() {}

  /** The class of {@code type}; an unbound type variable or wildcard is its first bound. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return raw(parameterized.getRawType());
    }
    if (type instanceof GenericArrayType array) {
      return java.lang.reflect.Array.newInstance(raw(array.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType wildcard) {
      return raw(wildcard.getUpperBounds()[0]);
    }
    return raw(((TypeVariable<?>) type).getBounds()[0]);
  }

  /** {@code type} with the variables of {@code bindings} replaced. */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    return type instanceof TypeVariable<?> variable && bindings.containsKey(variable) ? bindings.get(variable) : type;
  }

  /** The type variables of {@code type}'s class bound to its (resolved) arguments. */
  static Map<TypeVariable<?>, Type> bindings(Type type, Map<TypeVariable<?>, Type> outer) {
    Map<TypeVariable<?>, Type> bound = new HashMap<>();
    if (type instanceof ParameterizedType parameterized) {
      TypeVariable<?>[] variables = raw(parameterized).getTypeParameters();
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < variables.length; i++) {
        bound.put(variables[i], resolve(arguments[i], outer));
      }
    }
    return bound;
  }
}
