package cn.gongkai.command.fees;

import cn.gongkai.security.ApiTags;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code POST /api/v1/processing-fees/lapse}: close now every application whose fee notice has lapsed unpaid. */
@RestController
@Tag(name = ApiTags.APPLICATIONS)
public class FeeLapseController {

    private final FeeLapse lapse;

    public FeeLapseController(FeeLapse lapse) {
        this.lapse = lapse;
    }

    @Operation(summary = "Close now every application whose fee notice has lapsed unpaid (also run every morning)")
    @PostMapping("/api/v1/processing-fees/lapse")
    public List<FeeLapse.Lapsed> closeLapsed() {
        return lapse.closeLapsed();
    }
}
