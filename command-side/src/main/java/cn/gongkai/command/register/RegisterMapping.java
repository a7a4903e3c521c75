package cn.gongkai.command.register;

import cn.gongkai.events.application.ApplicantType;
import cn.gongkai.events.application.Outcome;

import java.util.Map;

/**
 * How an organ's register differs from the default layout: its headings, and its own words for outcomes and applicant
 * types. What it does not name is read as the default layout and the built-in wordings read it.
 *
 * @param headings       a heading as the register prints it → the column it is
 * @param outcomes       an outcome as the register words it → its code
 * @param applicantTypes an applicant type as the register words it → its code
 */
public record RegisterMapping(Map<String, RegisterField> headings, Map<String, Outcome> outcomes,
                              Map<String, ApplicantType> applicantTypes) {

    /** The default layout: the headings of the blank template, the national wordings and their common variants. */
    public static final RegisterMapping DEFAULT = new RegisterMapping(Map.of(), Map.of(), Map.of());

    static final int MAX_ENTRIES = 500;
    static final int MAX_WORDS = 200;

    public RegisterMapping {
        headings = checked(headings, "headings");
        outcomes = checked(outcomes, "outcomes");
        applicantTypes = checked(applicantTypes, "applicantTypes");
    }

    Wordings wordings() {
        return Wordings.with(outcomes, applicantTypes);
    }

    private static <T> Map<String, T> checked(Map<String, T> entries, String name) {
        if (entries == null) {
            return Map.of();
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("'" + name + "' has " + entries.size() + " entries; at most "
                    + MAX_ENTRIES + " are allowed");
        }
        entries.forEach((words, code) -> {
            if (words.isBlank() || words.length() > MAX_WORDS || code == null) {
                throw new IllegalArgumentException("'" + name + "' maps \"" + words + "\" to " + code
                        + "; every entry needs 1 to " + MAX_WORDS + " characters of words and a code");
            }
        });
        return Map.copyOf(entries);
    }
}
