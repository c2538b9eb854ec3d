package io.iotnetwork.generator.diff;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** A copy of a record with one component replaced, through its canonical constructor (so the record's own checks run). */
final class Records {
  private Records() {}

  @SuppressWarnings("unchecked")
  static <R extends Record> R with(R record, String component, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        found |= components[i].getName().equals(component);
        values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
      }
      if (!found) {
        throw new AssertionError(record.getClass().getSimpleName() + " has no component " + component);
      }
      Constructor<?> canonical = record.getClass().getDeclaredConstructor(
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return (R) canonical.newInstance(values);
    } catch (IllegalAccessException | InstantiationException | NoSuchMethodException | InvocationTargetException bug) {
      throw new AssertionError("cannot copy " + record.getClass().getSimpleName(), bug);
    }
  }
}
