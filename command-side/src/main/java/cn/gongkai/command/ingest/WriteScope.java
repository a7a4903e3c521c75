package cn.gongkai.command.ingest;

import cn.gongkai.security.Caller;
import cn.gongkai.security.Role;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Whose facts a sender may write: the organs its credential (or, on Kafka, its registered source) names, and
 * whether it may register organs, which only an administrator may.
 *
 * @param sender           who is writing, for the refusal's wording
 * @param mayWriteOrgan    whether the sender may write the facts of an organ
 * @param mayRegisterOrgans whether the sender may send gongkai.organ.registered
 */
public record WriteScope(String sender, Predicate<String> mayWriteOrgan, boolean mayRegisterOrgans) {

    /** The service itself (loading the sample year): every organ. */
    public static final WriteScope SERVICE = new WriteScope("the service", organ -> true, true);

    public static WriteScope of(Caller caller) {
        return new WriteScope("credential '" + caller.subject() + "'", caller::mayWrite, caller.has(Role.ADMIN));
    }

    /** A registered source writes the facts of its organs and registers none. */
    public static WriteScope ofSource(String source, Set<String> organs) {
        return new WriteScope("source '" + source + "'", organs::contains, false);
    }
}
