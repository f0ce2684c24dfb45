package de.ropa.platform.entity;

/**
 * The answer to a yes/no question about the register that the DPO may not know yet. "Unknown" is a real answer: it is
 * the default for a new record and raises a finding ("find out"), where a false "no" would hide a gap.
 */
public enum Answer {
    YES,
    NO,
    UNKNOWN;

    public boolean yes() {
        return this == YES;
    }

    /** true → YES, false → NO: how yes/no fields of earlier API clients and documents are read. */
    public static Answer of(boolean value) {
        return value ? YES : NO;
    }

    /** A missing answer is unknown. */
    public static Answer orUnknown(Answer answer) {
        return answer == null ? UNKNOWN : answer;
    }
}
