package denominator.tck;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LocationAwareLogger;

/**
 * Copies what the JVM writes to stdout and stderr while open, with SLF4J turned up to TRACE: the
 * AWS SDK, dnsjava and Denominator log through SLF4J, which tests bind to slf4j-simple, and
 * slf4j-simple writes to whatever {@code System.err} is at the time.
 *
 * <p>slf4j-simple fixes each logger's level when the logger is made and has no API to change it,
 * and loggers live in static fields made by whichever test ran first; so this sets the levels by
 * reflection, and puts them back on {@link #close()}. With another binding it only copies the
 * streams, and {@link #tracing()} says so.
 */
final class CapturedOutput implements AutoCloseable {
  private static final String SIMPLE = "org.slf4j.simple.SimpleLoggerFactory";

  private final PrintStream out = System.out;
  private final PrintStream err = System.err;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
  private final Map<String, Integer> levels = new HashMap<>();
  private Integer defaultLevel;

  private CapturedOutput() {}

  static CapturedOutput start() {
    CapturedOutput captured = new CapturedOutput();
    captured.traceSlf4j();
    System.setOut(captured.tee(captured.out));
    System.setErr(captured.tee(captured.err));
    return captured;
  }

  /** Whether SLF4J is at TRACE, which holds only for slf4j-simple. */
  boolean tracing() {
    return defaultLevel != null;
  }

  /** Everything written so far. */
  String text() {
    synchronized (copy) {
      return copy.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    System.out.flush();
    System.err.flush();
    System.setOut(out);
    System.setErr(err);
    if (defaultLevel != null) {
      try {
        config().setInt(simpleConfig(), defaultLevel);
        for (Map.Entry<String, Logger> logger : loggers().entrySet()) {
          level().setInt(logger.getValue(), levels.getOrDefault(logger.getKey(), defaultLevel));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot restore slf4j-simple levels", e);
      }
    }
  }

  private PrintStream tee(PrintStream original) {
    return new PrintStream(
        new OutputStream() {
          @Override
          public void write(int b) {
            original.write(b);
            synchronized (copy) {
              copy.write(b);
            }
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            original.write(bytes, offset, length);
            synchronized (copy) {
              copy.write(bytes, offset, length);
            }
          }

          @Override
          public void flush() {
            original.flush();
          }
        },
        true,
        StandardCharsets.UTF_8);
  }

  private void traceSlf4j() {
    LoggerFactory.getLogger(CapturedOutput.class); // initializes the binding's configuration
    if (!LoggerFactory.getILoggerFactory().getClass().getName().equals(SIMPLE)) {
      return;
    }
    try {
      for (Map.Entry<String, Logger> logger : loggers().entrySet()) {
        levels.put(logger.getKey(), level().getInt(logger.getValue()));
        level().setInt(logger.getValue(), LocationAwareLogger.TRACE_INT);
      }
      defaultLevel = config().getInt(simpleConfig());
      config().setInt(simpleConfig(), LocationAwareLogger.TRACE_INT);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot raise slf4j-simple to TRACE", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Logger> loggers() throws ReflectiveOperationException {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    return (Map<String, Logger>)
        accessible(factory.getClass().getDeclaredField("loggerMap")).get(factory);
  }

  private static Field level() throws ReflectiveOperationException {
    return accessible(
        Class.forName("org.slf4j.simple.SimpleLogger").getDeclaredField("currentLogLevel"));
  }

  private static Object simpleConfig() throws ReflectiveOperationException {
    return accessible(
            Class.forName("org.slf4j.simple.SimpleLogger").getDeclaredField("CONFIG_PARAMS"))
        .get(null);
  }

  private static Field config() throws ReflectiveOperationException {
    return accessible(simpleConfig().getClass().getDeclaredField("defaultLogLevel"));
  }

  private static Field accessible(Field field) {
    field.setAccessible(true);
    return field;
  }
}
