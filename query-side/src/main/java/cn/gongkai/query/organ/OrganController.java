package cn.gongkai.query.organ;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/organs}: the registered organs. */
@RestController
public class OrganController {

    private final OrganRepository organs;

    public OrganController(OrganRepository organs) {
        this.organs = organs;
    }

    @GetMapping("/api/v1/organs")
    public List<Organ> organs() {
        return organs.all();
    }
}
