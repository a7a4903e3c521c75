package cn.gongkai.events.organ;

import java.util.Objects;

/** An organ was registered, or its name or parent changed; the latest registration holds. */
public record OrganRegistered(OrganId organ, String name, OrganId parent) {

    public OrganRegistered {
        Objects.requireNonNull(organ, "organ");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (organ.equals(parent)) {
            throw new IllegalArgumentException("an organ cannot be its own parent");
        }
    }
}
