package cn.gongkai.query.organ;

import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organs a request is about: the organ it names (or {@link UnknownOrgan}), and which organs a figure over it
 * covers — the organ alone, or the organ and every organ under it. Reports, as-of reports, dashboards, cell listings
 * and exports all ask here.
 */
@Component
public class OrganScopes {

    private final OrganRepository organs;

    public OrganScopes(OrganRepository organs) {
        this.organs = organs;
    }

    /** The registered organ with this id. */
    public Organ organ(String organId) {
        return organs.find(organId).orElseThrow(() -> new UnknownOrgan(organId));
    }

    /** The organs a figure of {@code root} in this scope covers, the root first. */
    public List<String> covered(Organ root, Scope scope) {
        return scope == Scope.SUBTREE ? OrganScopes.subtree(root.organ(), organs.all()) : List.of(root.organ());
    }

    /** The root and every organ under it among {@code all}, the root first; an organ met twice is counted once. */
    static List<String> subtree(String root, List<Organ> all) {
        Map<String, List<String>> children = new HashMap<>();
        for (Organ organ : all) {
            if (organ.parent() != null) {
                children.computeIfAbsent(organ.parent(), parent -> new ArrayList<>()).add(organ.organ());
            }
        }
        List<String> covered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            String current = pending.pop();
            if (seen.add(current)) {
                covered.add(current);
                children.getOrDefault(current, List.of()).forEach(pending::push);
            }
        }
        return covered;
    }
}
