package io.iotnetwork.generator.arm.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The syntax tree of one ARM template expression (the text between {@code [} and {@code ]}): function
 * calls, string and integer literals, property access and indexing. {@link Known} holds a value the
 * evaluator resolved; whatever it cannot resolve stays a tree and prints back as expression text.
 */
sealed interface TemplateExpression {
  /** A string literal, {@code 'it''s'}. */
  record Text(String value) implements TemplateExpression {}

  /** An integer literal. */
  record Number(long value) implements TemplateExpression {}

  /** {@code name(arguments...)}; names compare without case, as ARM's do. */
  record Call(String name, List<TemplateExpression> arguments) implements TemplateExpression {
    public Call {
      arguments = List.copyOf(arguments);
    }

    boolean is(String function) {
      return name.equalsIgnoreCase(function);
    }
  }

  /** {@code target.name}. */
  record Member(TemplateExpression target, String name) implements TemplateExpression {}

  /** {@code target[index]}. */
  record Index(TemplateExpression target, TemplateExpression index) implements TemplateExpression {}

  /** A resolved value. */
  record Known(JsonNode value) implements TemplateExpression {}

  /** Parses the text between the brackets; throws {@link IllegalArgumentException} with the position on bad syntax. */
  static TemplateExpression parse(String text) {
    Parser parser = new Parser(text);
    TemplateExpression expression = parser.expression();
    parser.skipSpace();
    if (!parser.atEnd()) {
      throw parser.error("unexpected '" + text.charAt(parser.at) + "'");
    }
    return expression;
  }

  /** Recursive-descent parser over ARM's expression grammar. */
  final class Parser {
    private final String text;
    private int at;

    private Parser(String text) {
      this.text = text;
    }

    TemplateExpression expression() {
      skipSpace();
      TemplateExpression primary = primary();
      while (true) {
        skipSpace();
        if (peek('.')) {
          at++;
          primary = new Member(primary, identifier());
        } else if (peek('[')) {
          at++;
          TemplateExpression index = expression();
          expect(']');
          primary = new Index(primary, index);
        } else {
          return primary;
        }
      }
    }

    private TemplateExpression primary() {
      if (peek('\'')) {
        return new Text(string());
      }
      if (!atEnd() && (Character.isDigit(text.charAt(at)) || peek('-'))) {
        int start = at++;
        while (!atEnd() && Character.isDigit(text.charAt(at))) {
          at++;
        }
        return new Number(Long.parseLong(text.substring(start, at)));
      }
      String name = identifier();
      skipSpace();
      expect('(');
      List<TemplateExpression> arguments = new ArrayList<>();
      skipSpace();
      if (!peek(')')) {
        do {
          arguments.add(expression());
          skipSpace();
        } while (consume(','));
      }
      expect(')');
      return new Call(name, arguments);
    }

    private String string() {
      StringBuilder value = new StringBuilder();
      at++;
      while (true) {
        if (atEnd()) {
          throw error("unterminated string");
        }
        char c = text.charAt(at++);
        if (c == '\'') {
          if (peek('\'')) {
            value.append('\'');
            at++;
          } else {
            return value.toString();
          }
        } else {
          value.append(c);
        }
      }
    }

    private String identifier() {
      skipSpace();
      int start = at;
      while (!atEnd() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_' || text.charAt(at) == '$')) {
        at++;
      }
      if (start == at) {
        throw error(atEnd() ? "unexpected end" : "unexpected '" + text.charAt(at) + "'");
      }
      return text.substring(start, at);
    }

    private boolean consume(char c) {
      skipSpace();
      if (peek(c)) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      skipSpace();
      if (!peek(c)) {
        throw error("expected '" + c + "'");
      }
      at++;
    }

    private boolean peek(char c) {
      return !atEnd() && text.charAt(at) == c;
    }

    void skipSpace() {
      while (!atEnd() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    boolean atEnd() {
      return at >= text.length();
    }

    IllegalArgumentException error(String what) {
      return new IllegalArgumentException(what + " at character " + (at + 1) + " of [" + text + "]");
    }
  }
}
