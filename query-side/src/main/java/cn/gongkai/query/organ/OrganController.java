package cn.gongkai.query.organ;

import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/organs}: the registered organs. */
@RestController
@Tag(name = ApiTags.ORGANS)
public class OrganController {

    private final OrganRepository organs;

    public OrganController(OrganRepository organs) {
        this.organs = organs;
    }

    @Operation(summary = "Every registered organ, with its parent in the hierarchy")
    @GetMapping("/api/v1/organs")
    public List<Organ> organs() {
        return organs.all();
    }
}
