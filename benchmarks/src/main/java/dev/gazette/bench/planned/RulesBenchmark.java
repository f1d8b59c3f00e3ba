package dev.gazette.bench.planned;

/**
 * PLANNED (issue 4): rule matching cost per token, {@code @Param({"10", "1000", "100000"})} rules
 * generated at setup (token-pattern rules over corpus words, word lists, shapes and entity types, with
 * optional and repeated elements), compiled once into one automaton, run over the corpus chunks'
 * tokens and sentences. Report tokens/s; matching must stay linear in the tokens for any rule set.
 */
public final class RulesBenchmark {
  private RulesBenchmark() {}
}
