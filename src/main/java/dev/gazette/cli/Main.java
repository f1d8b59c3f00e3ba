package dev.gazette.cli;

import dev.gazette.Gazette;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import picocli.CommandLine;

/**
 * The command-line tool: {@code java -jar gazette-cli.jar extract [OPTIONS] FILE|DIR|-...}. See
 * {@code api-docs/cli.md} and {@code --help}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // Output straight to the file descriptor: System.out would swallow write errors (a closed pipe)
    // silently. Input through System.in: a raw FileInputStream's readNBytes seeks, which fails on pipes.
    Io io =
        new Io(
            System.in,
            new FileOutputStream(FileDescriptor.out),
            System.err,
            Terminal.isStderrTerminal());
    int status = run(io, args);
    System.exit(status);
  }

  /** Runs the tool with {@code args} on {@code io} and returns its exit status. */
  static int run(Io io, String... args) {
    return commandLine(io).execute(args);
  }

  /** The configured command line: its {@code execute(args)} returns the exit status. */
  static CommandLine commandLine(Io io) {
    return commandLine(io, Main::gazette);
  }

  /** Like {@link #commandLine(Io)}, extracting with the pipeline {@code gazettes} makes for a size limit. */
  static CommandLine commandLine(Io io, IntFunction<Gazette.Builder> gazettes) {
    CommandLine cmd = new CommandLine(new GazetteCommand(), new CommandFactory(io, gazettes));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setUsageHelpWidth(80);
    cmd.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
    cmd.setErr(new PrintWriter(io.err(), true));
    cmd.setParameterExceptionHandler(Main::usageError);
    cmd.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          c.getErr().println(GazetteCommand.NAME + ": internal error: " + e);
          e.printStackTrace(c.getErr());
          return ExitStatus.FAILURE;
        });
    return cmd;
  }

  /** The default pipeline, with {@code maxChars} as its size limit; --rules adds to it. */
  private static Gazette.Builder gazette(int maxChars) {
    return Gazette.builder().maxArticleChars(maxChars);
  }

  /** Usage errors: the message and a hint, not a page of help (GNU style); status 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine c = e.getCommandLine();
    PrintWriter err = c.getErr();
    String name = c.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return ExitStatus.USAGE;
  }

  /** Gives commands the streams they run with. */
  private record CommandFactory(Io io, IntFunction<Gazette.Builder> gazettes) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == ExtractCommand.class) {
        return cls.cast(new ExtractCommand(io, gazettes));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
