package org.pravasi.registry.ingest;

import java.util.Objects;

/**
 * One problem found in an upload: where it is (file, row, column, value), what is wrong and how to fix it.
 *
 * @param severity {@link Severity#ERROR} refuses the upload; {@link Severity#WARNING} does not
 * @param file the file name as uploaded
 * @param row 1-based line number in the file, or 0 when the finding is not about a row
 * @param column the column (or descriptor field) concerned, or empty
 * @param value the offending value (masked when it may be personal data), or empty
 * @param problem what is wrong, in plain words
 * @param fix how to fix it
 */
public record Finding(
        Severity severity, String file, long row, String column, String value, String problem, String fix) {

    /** Whether a finding refuses the upload. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** Checks the parts. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        file = Objects.requireNonNullElse(file, "");
        column = Objects.requireNonNullElse(column, "");
        value = Objects.requireNonNullElse(value, "");
        Objects.requireNonNull(problem, "problem");
        fix = Objects.requireNonNullElse(fix, "");
    }

    /** An error at a row and column of a file. */
    public static Finding error(String file, long row, String column, String value, String problem, String fix) {
        return new Finding(Severity.ERROR, file, row, column, value, problem, fix);
    }

    /** An error about a whole file or a descriptor field. */
    public static Finding error(String file, String field, String problem, String fix) {
        return new Finding(Severity.ERROR, file, 0, field, "", problem, fix);
    }

    /** A warning that does not refuse the upload. */
    public static Finding warning(String file, String field, String problem, String fix) {
        return new Finding(Severity.WARNING, file, 0, field, "", problem, fix);
    }

    /** Whether this finding refuses the upload. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line for people: {@code file:row, column 'c', value 'v': problem. fix}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file.isEmpty() ? "upload" : file);
        if (row > 0) {
            sb.append(", line ").append(row);
        }
        if (!column.isEmpty()) {
            sb.append(row > 0 ? ", column '" : ", field '").append(column).append('\'');
        }
        if (!value.isEmpty()) {
            sb.append(", value '").append(value).append('\'');
        }
        sb.append(": ").append(problem);
        if (!fix.isEmpty()) {
            sb.append(" Fix: ").append(fix);
        }
        return sb.toString();
    }
}
