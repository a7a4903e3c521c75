package cn.gongkai.command.ingest;

import cn.gongkai.command.append.StreamBatch;
import cn.gongkai.command.organ.RegisterOrgan;
import cn.gongkai.command.rules.OrganCommand;
import cn.gongkai.events.EventTypes;
import cn.gongkai.events.organ.OrganId;

/**
 * The rules that join a fact to the organ register, across streams: a fact names a registered organ, and a new
 * organ's parent is registered and does not lie under it. Judged against the batch, so that an organ registered
 * earlier in the same request counts.
 */
final class OrganReferences {

    private OrganReferences() {
    }

    /** Throws {@link InvalidEvent} when the command names an organ the register does not hold, or makes a cycle. */
    static void check(Object command, StreamBatch batch) {
        if (command instanceof OrganCommand organCommand) {
            requireRegistered(organCommand.organ(), "data.organ", batch);
        } else if (command instanceof RegisterOrgan registration && registration.parent() != null) {
            requireRegistered(registration.parent(), "data.parent", batch);
            if (batch.isWithin(registration.parent(), registration.organ())) {
                throw new InvalidEvent("ORGAN_CYCLE", "data.parent", "organ " + registration.parent()
                        + " lies under " + registration.organ() + "; it cannot also be its parent");
            }
        }
    }

    private static void requireRegistered(OrganId organ, String field, StreamBatch batch) {
        if (!batch.isRegistered(organ)) {
            throw new InvalidEvent("UNKNOWN_ORGAN", field, "organ " + organ
                    + " is not registered; send " + EventTypes.ORGAN_REGISTERED + " for it first");
        }
    }
}
