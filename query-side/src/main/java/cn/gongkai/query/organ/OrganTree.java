package cn.gongkai.query.organ;

import cn.gongkai.security.OrganHierarchy;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/** The organ directory as access control sees it: whether an organ lies within another's subtree. */
@Component
class OrganTree implements OrganHierarchy {

    private final OrganRepository organs;

    public OrganTree(OrganRepository organs) {
        this.organs = organs;
    }

    @Override
    public boolean isWithin(String organ, String ancestor) {
        Set<String> seen = new HashSet<>();
        String current = organ;
        while (current != null && seen.add(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = organs.find(current).map(Organ::parent).orElse(null);
        }
        return false;
    }
}
