package org.kcity.deploy.testing.fuzz;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shortest text a simple regular expression matches, as contracts use them for codes and enumerations:
 * literals, escapes, character classes, groups, alternatives ({@code A|B} takes {@code A}) and quantifiers. Anything
 * it cannot read gives no sample.
 */
public final class RegexSample {

    private final String regex;
    private int position;

    private RegexSample(String regex) {
        this.regex = regex;
    }

    public static Optional<String> of(String regex) {
        try {
            String sample = new RegexSample(regex).alternatives();
            return Pattern.compile(regex).matcher(sample).matches() ? Optional.of(sample) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private String alternatives() {
        String first = sequence();
        while (peek() == '|') {
            position++;
            sequence();
        }
        return first;
    }

    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (position < regex.length() && peek() != '|' && peek() != ')') {
            String atom = atom();
            out.append(atom.repeat(repetitions()));
        }
        return out.toString();
    }

    private String atom() {
        char c = regex.charAt(position++);
        return switch (c) {
            case '^', '$' -> "";
            case '(' -> group();
            case '[' -> characterClass();
            case '.' -> "a";
            case '\\' -> escape(regex.charAt(position++));
            default -> String.valueOf(c);
        };
    }

    private String group() {
        if (regex.startsWith("?:", position)) {
            position += 2;
        }
        String inside = alternatives();
        expect(')');
        return inside;
    }

    private String characterClass() {
        if (peek() == '^') {
            throw new IllegalArgumentException("negated classes are not supported");
        }
        char first = regex.charAt(position) == '\\' ? escape(regex.charAt(++position)).charAt(0) : regex.charAt(position);
        int end = regex.indexOf(']', position + 1);
        if (end < 0) {
            throw new IllegalArgumentException("unclosed class");
        }
        position = end + 1;
        return String.valueOf(first);
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "0";
            case 'w', 'S' -> "a";
            case 's' -> " ";
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new IllegalArgumentException("unsupported escape \\" + c);
                }
                yield String.valueOf(c);
            }
        };
    }

    private int repetitions() {
        if (position >= regex.length()) {
            return 1;
        }
        char c = regex.charAt(position);
        switch (c) {
            case '*', '?' -> {
                position++;
                return 0;
            }
            case '+' -> {
                position++;
                return 1;
            }
            case '{' -> {
                int end = regex.indexOf('}', position);
                String[] bounds = regex.substring(position + 1, end).split(",", -1);
                position = end + 1;
                return Integer.parseInt(bounds[0].trim());
            }
            default -> {
                return 1;
            }
        }
    }

    private char peek() {
        return position < regex.length() ? regex.charAt(position) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        position++;
    }
}
