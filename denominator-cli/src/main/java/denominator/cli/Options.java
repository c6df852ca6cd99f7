package denominator.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The options and parameters of the commands, declared in code as their help reads: names ({@code
 * "-n, --name"}), label, description, and where each value goes.
 *
 * <p>picocli builds a command from annotations by reflection, and the first annotation read pays
 * for the JDK's annotation parsing and a proxy class per annotation type, which no start-up archive
 * holds: that was most of a mock command's start-up. Each option factory returns picocli's own
 * builder, so a command adds what only it needs ({@code .required(true)}, {@code
 * .defaultValue("8")}) before {@link #add} builds it.
 */
final class Options {
  private Options() {}

  /**
   * What picocli asks for instances: the collections that {@link #list} and {@link #map} options
   * fill, made as picocli's default factory makes them, and anything else by that factory. Its
   * class initializer looks for Groovy on the class path, which opens the CLI's jar of some 12,000
   * entries (~8 ms), and a command that reads nothing from the jar but archived classes need not
   * open it at all ({@code ClassPathReadsTest}).
   */
  static final IFactory FACTORY =
      new IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
          if (type == List.class) {
            return type.cast(new ArrayList<>());
          }
          if (type == Map.class) {
            return type.cast(new LinkedHashMap<>());
          }
          return CommandLine.defaultFactory().create(type);
        }
      };

  /**
   * A command named {@code name} that runs {@code command}, with the global options: the first line
   * of each command's declaration.
   */
  static CommandSpec command(Object command, String name, String description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY).name(name);
    spec.usageMessage().description(description);
    GlobalOptions.addTo(spec);
    return spec;
  }

  /** Builds each option and adds it to {@code spec}, in order. */
  static void add(CommandSpec spec, OptionSpec.Builder... options) {
    for (OptionSpec.Builder option : options) {
      spec.addOption(option.build());
    }
  }

  /** An option without a value; {@code setter} hears true when it is given. */
  static OptionSpec.Builder flag(String names, String description, Consumer<Boolean> setter) {
    return bound(option(names, description).type(boolean.class), setter);
  }

  /** An option with a text value. */
  static OptionSpec.Builder string(
      String names, String label, String description, Consumer<String> setter) {
    return value(String.class, names, label, description, setter);
  }

  /** An option with a value that picocli converts to {@code type}: a path, a number, an enum. */
  static <T> OptionSpec.Builder value(
      Class<T> type, String names, String label, String description, Consumer<T> setter) {
    return bound(option(names, description).paramLabel(label).type(type), setter);
  }

  /** A repeatable option: {@code setter} hears the values of {@code type} given so far. */
  static <T> OptionSpec.Builder list(
      Class<T> type, String names, String label, String description, Consumer<List<T>> setter) {
    return bound(
        option(names, description).paramLabel(label).type(List.class).auxiliaryTypes(type), setter);
  }

  /** A repeatable {@code KEY=VALUE} option: {@code setter} hears the pairs given so far. */
  static OptionSpec.Builder map(
      String names, String label, String description, Consumer<Map<String, String>> setter) {
    return bound(
        option(names, description)
            .paramLabel(label)
            .type(Map.class)
            .auxiliaryTypes(String.class, String.class),
        setter);
  }

  /** The next positional parameter, required, converted to {@code type}. */
  static <T> PositionalParamSpec parameter(
      Class<T> type, String label, String description, Consumer<T> setter) {
    Binding<T> binding = new Binding<>(setter);
    return PositionalParamSpec.builder()
        .paramLabel(label)
        .description(description)
        .arity("1")
        .required(true)
        .type(type)
        .getter(binding)
        .setter(binding)
        .build();
  }

  private static OptionSpec.Builder option(String names, String description) {
    return OptionSpec.builder(names.split(", ")).description(description);
  }

  private static <T> OptionSpec.Builder bound(OptionSpec.Builder option, Consumer<T> setter) {
    Binding<T> binding = new Binding<>(setter);
    return option.getter(binding).setter(binding);
  }

  /**
   * Where picocli reads and writes a value: it keeps the value, for picocli to add the next one of
   * a repeatable option to, and hands each one given to the command. picocli also sets an option to
   * its initial value, null, before parsing; that says nothing to the command.
   */
  private static final class Binding<T> implements IGetter, ISetter {
    private final Consumer<T> setter;
    private T value;

    Binding(Consumer<T> setter) {
      this.setter = setter;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get() {
      return (V) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V set(V value) {
      V previous = (V) this.value;
      this.value = (T) value;
      if (value != null) {
        setter.accept((T) value);
      }
      return previous;
    }
  }
}
