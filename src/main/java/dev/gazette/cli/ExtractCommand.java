package dev.gazette.cli;

import dev.gazette.Article;
import dev.gazette.Extraction;
import dev.gazette.Gazette;
import dev.gazette.internal.rules.DefaultRules;
import dev.gazette.rules.Explanation;
import dev.gazette.rules.RuleSet;
import dev.gazette.rules.RuleSyntaxException;
import dev.gazette.rules.RuleWarning;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gazette extract}: reads articles and writes what Gazette finds in them. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "NAME%n  gazette extract - ",
    header = "extract entities, dates and relations from news articles",
    synopsisHeading = "%nSYNOPSIS%n  ",
    descriptionHeading = "%nDESCRIPTION%n",
    description = {
      "  Reads each article named on the command line, finds the people,",
      "  organizations, places, dates and other entities it names and the relations",
      "  it states between them, and writes them to standard output as JSON (the",
      "  default), JSON Lines or a readable summary, always in UTF-8.",
      "",
      "  Each operand is a file, a directory or '-' for standard input. Files are read",
      "  as UTF-8 (a byte-order mark is skipped); each file is one article. A directory",
      "  is searched recursively for files whose names match --include (by default",
      "  *.txt), skipping hidden files and directories (names starting with '.') and",
      "  not following symbolic links to directories; entries are taken in order of",
      "  their names, so the output order never depends on the file system. A file",
      "  named as an operand is read whatever its name.",
      "",
      "  An article's id is its file name without the extension, or, for standard",
      "  input, a hash of its text. It may start with header lines, such as",
      "  ' date 2022-12-29 ' or 'title: ...', followed by a blank line (or directly by",
      "  the text when they give the date); relative dates ('on Friday') are resolved",
      "  against its date. Paragraphs are separated by blank lines, or by line breaks",
      "  when lines are longer than hard-wrapped text's.",
      "",
      "  With --format json, a single operand that is a file or '-' gives one JSON",
      "  object; several operands, or a directory, give one JSON array of objects, one",
      "  per article in input order (empty if none could be read). With --format jsonl",
      "  each article is one object on one line. Offsets in the output are UTF-16 char",
      "  offsets into the article's text; api-docs/output-format.md describes the",
      "  fields. The text format is for people and may change between versions.",
      "",
      "  An input that cannot be read is reported on standard error with its name and",
      "  the reason: missing, unreadable, a binary file (a NUL byte, with its byte",
      "  offset), not UTF-8 (with the byte offset of the first invalid sequence), or",
      "  longer than --max-chars. The other inputs are still processed, and the exit",
      "  status is 1. An empty file is a valid article with nothing in it.",
      "",
      "  A progress bar is drawn on standard error when it is a terminal and more than",
      "  one article is read.",
    },
    parameterListHeading = "%nOPERANDS%n",
    optionListHeading = "%nOPTIONS%n",
    exitCodeListHeading = "%nEXIT STATUS%n",
    exitCodeList = {
      "0:Every input was read and extracted.",
      "1:Some input could not be read or extracted (the others were), or the output"
          + " could not be written.",
      "2:Usage error: unknown option, bad option value, or no operand."
    },
    footerHeading = "%nEXAMPLES%n",
    footer = {
      "  Extract one article as JSON:",
      "    gazette extract examples/summit.txt",
      "",
      "  A readable summary of every article under a directory:",
      "    gazette extract --format text examples/",
      "",
      "  One JSON object per line for a whole corpus, reading *.txt and *.md files:",
      "    gazette extract -f jsonl --include '*.txt' --include '*.md' news/ > news.jsonl",
      "",
      "  Read standard input:",
      "    curl -s https://example.org/article.txt | gazette extract -",
      "",
      "  The sources of the articles that mention an organization (with jq):",
      "    gazette extract -f jsonl corpus/ |",
      "      jq -r 'select(any(.entities[]; .type == \"ORG\")) | .source'",
    })
final class ExtractCommand implements Callable<Integer> {
  private final Io io;
  private final IntFunction<Gazette.Builder> gazettes;

  @Spec CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "Output format: json, jsonl or text (default: ${DEFAULT-VALUE}).",
      defaultValue = "json")
  OutputFormat format;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = {
        "Which files to read under directories, by name (repeatable; default: *.txt)."
            + " Files named as operands are always read."
      })
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--max-chars",
      paramLabel = "N",
      description = "Refuse articles longer than N UTF-16 chars (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + Gazette.DEFAULT_MAX_ARTICLE_CHARS)
  int maxChars;

  @Option(names = "--no-progress", description = "Never draw the progress bar.")
  boolean noProgress;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = {
        "Also run the rules in FILE (repeatable; see api-docs/rules.md), after the built-in ones."
            + " A syntax error stops the tool with its file:line:col (status 2)."
      })
  List<Path> rules = new ArrayList<>();

  @Option(
      names = "--no-default-relations",
      description = {
        "Do not run the shipped relation rules: entities and dates only (more than twice as fast), or only"
            + " the relations of --rules."
      })
  boolean noDefaultRelations;

  @Option(
      names = "--explain",
      description = {
        "After each article, write on standard error which rules matched each sentence and, for rules"
            + " that nearly matched, the element that failed. Standard output is unchanged."
      })
  boolean explain;

  /** The rule sets to explain: the built-in relation rules, then those of --rules. */
  private final List<RuleSet> explained = new ArrayList<>();

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "1..*",
      description = "Articles to read: files, directories (searched recursively) or '-' for standard input.")
  List<String> operands;

  ExtractCommand(Io io, IntFunction<Gazette.Builder> gazettes) {
    this.io = io;
    this.gazettes = gazettes;
  }

  @Override
  public Integer call() {
    validate();
    Inputs inputs = new Inputs(includes.isEmpty() ? List.of("*.txt") : includes);
    Gazette.Builder pipeline = gazettes.apply(maxChars).defaultRelations(!noDefaultRelations);
    if (!noDefaultRelations) {
      explained.add(DefaultRules.ruleSet());
    }
    for (Path file : rules) {
      RuleSet ruleSet = loadRules(file);
      for (RuleWarning warning : ruleSet.warnings()) {
        io.err().println(GazetteCommand.NAME + ": warning: " + warning);
      }
      pipeline.addRules(ruleSet);
      explained.add(ruleSet);
    }
    Gazette gazette = pipeline.build();
    InputReader reader = new InputReader(io.in(), maxChars);
    int failures = 0;

    List<Input> todo = new ArrayList<>();
    List<InputException.Located> problems = new ArrayList<>();
    for (String operand : operands) {
      try {
        todo.addAll(inputs.expand(operand, problems::add));
      } catch (InputException e) {
        problems.add(new InputException.Located(operand, e));
      }
    }
    Progress progress = new Progress(io.err(), todo.size(), io.errIsTerminal() && !noProgress);
    for (InputException.Located p : problems) {
      report(progress, p.source(), p.problem().getMessage());
      failures++;
    }

    Writer out = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
    OutputFormat.Sink sink = format.open(out, wantsArray());
    try {
      for (int i = 0; i < todo.size(); i++) {
        Input input = todo.get(i);
        progress.update(i, input.source());
        if (!process(gazette, reader, input, sink, progress)) {
          failures++;
        }
      }
      progress.update(todo.size(), "");
      sink.finish();
    } catch (IOException e) {
      // A reader that stopped early ("| head") is no news to the user: stop quietly, like SIGPIPE would.
      if (!String.valueOf(e.getMessage()).contains("Broken pipe")) {
        progress.message(GazetteCommand.NAME + ": cannot write the output: " + Inputs.reason(e));
      }
      return ExitStatus.FAILURE;
    } finally {
      progress.finish();
    }
    return failures == 0 ? ExitStatus.OK : ExitStatus.FAILURE;
  }

  /** Reads, extracts and writes one article; false if it failed (and was reported). */
  private boolean process(Gazette gazette, InputReader reader, Input input, OutputFormat.Sink sink, Progress progress)
      throws IOException {
    Article article;
    try {
      article = reader.read(input);
    } catch (InputException e) {
      report(progress, input.source(), e.getMessage());
      return false;
    }
    Extraction x;
    try {
      x = gazette.extract(article);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // The reader already refused articles over the size limit, so nothing here is the input's fault.
      reportInternal(progress, input.source(), e);
      return false;
    }
    try {
      sink.write(x, input.source());
      if (explain) {
        explain(x, input.source(), progress);
      }
    } catch (RuntimeException e) {
      reportInternal(progress, input.source(), e);
      return false;
    }
    return true;
  }

  /** Writes, for every sentence some rule matched or nearly matched, what each rule set says of it. */
  private void explain(Extraction x, String source, Progress progress) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < x.sentences().size(); i++) {
      for (RuleSet ruleSet : explained) {
        Explanation e = ruleSet.explain(x, i);
        if (!e.matches().isEmpty() || !e.nearMisses().isEmpty()) {
          b.append("== ").append(source).append(", sentence ").append(i + 1).append('\n').append(e).append('\n');
        }
      }
    }
    progress.message(b.toString().stripTrailing());
  }

  private RuleSet loadRules(Path file) {
    try {
      return RuleSet.load(file);
    } catch (RuleSyntaxException e) {
      throw new ParameterException(spec.commandLine(), "bad rules file: " + e.getMessage());
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "cannot read rules file " + file + ": " + Inputs.reason(e));
    }
  }

  private void validate() {
    if (maxChars <= 0) {
      throw new ParameterException(spec.commandLine(), "--max-chars must be positive, not " + maxChars);
    }
    try {
      new Inputs(includes);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "bad --include glob: " + e.getMessage());
    }
    if (operands.stream().filter(Input.STDIN::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "'-' (standard input) can be given only once");
    }
  }

  /**
   * JSON is an array unless the command line names exactly one file or '-': decided by the command line,
   * not by how many articles are found, so that a script always gets the same shape.
   */
  private boolean wantsArray() {
    if (operands.size() != 1) {
      return true;
    }
    String only = operands.get(0);
    if (only.equals(Input.STDIN)) {
      return false;
    }
    try {
      return Files.isDirectory(Path.of(only));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static void report(Progress progress, String source, String message) {
    progress.message(GazetteCommand.NAME + ": " + source + ": " + message);
  }

  private static void reportInternal(Progress progress, String source, Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    progress.message(
        GazetteCommand.NAME + ": " + source + ": internal error, please report it: " + e + "\n" + trace.toString().stripTrailing());
  }
}
