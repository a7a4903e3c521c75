package cn.gongkai.query.dashboard;

import cn.gongkai.query.organ.Organ;
import cn.gongkai.query.organ.OrganRepository;
import cn.gongkai.query.report.Scope;
import cn.gongkai.query.report.UnknownOrgan;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Which organs a dashboard or cell listing covers: the organ alone, or the organ and everything under it. */
@Component
public class OrganScopes {

    private final OrganRepository organs;

    public OrganScopes(OrganRepository organs) {
        this.organs = organs;
    }

    public Organ organ(String organId) {
        return organs.find(organId).orElseThrow(() -> new UnknownOrgan(organId));
    }

    public List<String> covered(Organ root, Scope scope) {
        if (scope == Scope.SELF) {
            return List.of(root.organ());
        }
        List<Organ> all = organs.all();
        List<String> covered = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root.organ()));
        while (!pending.isEmpty()) {
            String current = pending.pop();
            if (!covered.contains(current)) {
                covered.add(current);
                all.stream().filter(o -> current.equals(o.parent())).forEach(o -> pending.push(o.organ()));
            }
        }
        return covered;
    }
}
