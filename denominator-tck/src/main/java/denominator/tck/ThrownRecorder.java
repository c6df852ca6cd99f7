package denominator.tck;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Wraps an API object so that every exception thrown through it, or through the interface-typed
 * objects it returns (zone and record set APIs, iterators), is recorded in a {@link LeakDetector}
 * and then rethrown unchanged. This is how the secrets test sees the exceptions that the TCK's
 * suites assert and swallow.
 */
final class ThrownRecorder implements InvocationHandler {
  private final Object target;
  private final LeakDetector leaks;

  private ThrownRecorder(Object target, LeakDetector leaks) {
    this.target = target;
    this.leaks = leaks;
  }

  /** {@code target} behind a proxy of each public interface it implements. */
  @SuppressWarnings("unchecked")
  static <T> T wrap(T target, LeakDetector leaks) {
    Set<Class<?>> interfaces = new LinkedHashSet<>();
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      addPublic(c.getInterfaces(), interfaces);
    }
    if (interfaces.isEmpty()) {
      return target;
    }
    return (T)
        Proxy.newProxyInstance(
            ThrownRecorder.class.getClassLoader(),
            interfaces.toArray(Class<?>[]::new),
            new ThrownRecorder(target, leaks));
  }

  private static void addPublic(Class<?>[] found, Set<Class<?>> interfaces) {
    for (Class<?> type : found) {
      if (Modifier.isPublic(type.getModifiers())) {
        interfaces.add(type);
      }
      addPublic(type.getInterfaces(), interfaces);
    }
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      leaks.sawThrown(
          method.getDeclaringClass().getSimpleName() + "." + method.getName(), e.getCause());
      throw e.getCause();
    }
    return result != null && method.getReturnType().isInterface() ? wrap(result, leaks) : result;
  }
}
