package dev.gazette.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command: {@code gazette}, with its subcommands. */
@Command(
    name = GazetteCommand.NAME,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {ExtractCommand.class, CommandLine.HelpCommand.class},
    headerHeading = "NAME%n  gazette - ",
    header = "extract entities, dates and relations from news articles",
    synopsisHeading = "%nSYNOPSIS%n  ",
    synopsisSubcommandLabel = "COMMAND",
    descriptionHeading = "%nDESCRIPTION%n",
    description = {
      "  Gazette reads news articles and finds the people, organizations, places,",
      "  dates and other entities they name, and the relations they state between",
      "  them. Every result carries exact offsets into the article's text.",
      "",
      "  The tool is run as 'java -jar gazette-cli.jar'; this help calls it 'gazette'.",
    },
    commandListHeading = "%nCOMMANDS%n",
    optionListHeading = "%nOPTIONS%n",
    exitCodeListHeading = "%nEXIT STATUS%n",
    exitCodeList = {
      "0:Success.",
      "1:Some input could not be processed (see 'gazette help extract').",
      "2:Usage error: unknown command or option, or a bad option value."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  gazette extract examples/summit.txt",
      "  gazette extract --format text examples/",
      "  gazette help extract",
    })
final class GazetteCommand implements Callable<Integer> {
  static final String NAME = "gazette";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'extract')");
  }
}
