package dev.gazette.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * The streams a command runs with, so that tests can run it in-process with captured output.
 *
 * @param in standard input, read for the operand {@code -}
 * @param out standard output: the results, always written as UTF-8
 * @param err standard error: messages and the progress bar
 * @param errIsTerminal whether {@code err} is a terminal (the progress bar is drawn only there)
 */
record Io(InputStream in, OutputStream out, PrintStream err, boolean errIsTerminal) {}
