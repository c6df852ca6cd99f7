package denominator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code denominator geo -z ZONE ...}. */
@Command(name = "geo", description = "Geo record sets: answers chosen by the client's region.",
    subcommands = {GeoRegionsCommand.class, GeoListCommand.class, GeoGetCommand.class,
        GeoPutCommand.class, GeoDeleteCommand.class, GeoEvacuateCommand.class,
        GeoRestoreCommand.class})
final class GeoCommand extends ZoneScope implements Callable<Integer> {
  @Mixin GlobalOptions global;
  @Spec CommandSpec spec;

  @Option(names = {"-z", "--zone"}, paramLabel = "ZONE", description = "zone name or id")
  String zone;

  @Override
  String zoneOption() {
    return zone;
  }

  @Override
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "missing subcommand of geo");
  }
}
